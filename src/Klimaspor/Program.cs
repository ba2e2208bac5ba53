using Klimaspor.Data;
using Klimaspor.Features.Account;
using Klimaspor.Features.Admin;
using Klimaspor.Features.Calculations;
using Klimaspor.Features.ClimateBudget;
using Klimaspor.Features.Compliance;
using Klimaspor.Features.Contracts;
using Klimaspor.Features.Deviations;
using Klimaspor.Features.Exports;
using Klimaspor.Features.FactorSets;
using Klimaspor.Features.Networks;
using Klimaspor.Features.OpenData;
using Klimaspor.Features.Reports;
using Klimaspor.Features.Requirements;
using Klimaspor.Features.Statistics;
using Klimaspor.Features.TransportFootprint;
using Klimaspor.Features.Waivers;
using Klimaspor.Web;

var builder = WebApplication.CreateBuilder(args);
ListenAddresses.UseDefaultUnlessChosen(builder);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddHttpContextAccessor();
// Norwegian letters as themselves in pages and JSON, not as entities or \u escapes; markup is still escaped.
builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
    o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
    // Enums by name ("NotMet", "Promise"), as the domain's own JSON writes them.
    o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
    // A body is understood whole or refused whole (docs/api-input.md): a member the API does not name, spelt otherwise
    // or given twice is refused, not dropped into an empty default that would store less than the client sent.
    JsonBodies.Strict(o.SerializerOptions);
});
builder.Services.AddKlimasporDatabase(builder.Configuration);
builder.Services.AddKlimasporAuthentication(builder.Configuration);
builder.Services.AddKlimasporTrustedProxies(builder.Configuration);
builder.Services.AddKlimasporRateLimits(builder.Configuration);
builder.Services.AddKlimasporLocalization();
builder.Services.AddKlimasporProblemDetails();
// Unreadable JSON reaches the exception handler, which turns it into a problem that names the field.
builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddExceptionHandler<UnhandledExceptionLogger>();
builder.Services.AddRazorPages(o => o.RootDirectory = "/Features").AddMvcOptions(o => o.Filters.Add<UnknownPageHandlers>())
    .AddViewLocalization()
    .AddDataAnnotationsLocalization();
builder.Services.AddOpenApi(o => o.AddDocumentTransformer<ApiDocument>());
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
builder.Services.AddHostedService<StartupTasks>();
builder.Services.AddSingleton<StartupTasks.Readiness>();

var app = builder.Build();

// Before the hosted services migrate and seed: a taken port is said in one line, not found after all that.
if (ListenAddresses.FirstTaken(app.Configuration) is { } taken)
{
    Console.Error.WriteLine(ListenAddresses.TakenMessage(taken));
    return 1;
}

// First, so that HSTS, the cookie's Secure flag and the rate limits see the client's scheme and address.
app.UseForwardedHeaders();

// Systems get problem+json; people get a page in their language.
app.UseWhen(IsApi, api => api
    .UseExceptionHandler(new ExceptionHandlerOptions
    {
        StatusCodeSelector = Problems.StatusOf,
    })
    .UseStatusCodePages()
    .UseKlimasporBodyLimit(asProblem: true).UseUtf8JsonBodies());
app.UseWhen(context => !IsApi(context), pages => pages.UseExceptionHandler("/Error").UseStatusCodePagesWithReExecute("/Error", "?code={0}")
    .UseKlimasporBodyLimit(asProblem: false));
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseKlimasporSecurityHeaders();
app.UseStaticFiles();
app.UseKlimasporNoStore();
app.UseRequestLocalization();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseIdempotency();
app.UseAntiforgery();

app.MapHealthEndpoints();
app.MapTokenEndpoint();
app.MapOpenApi().AllowAnonymous();
app.MapMeApi();
app.MapContractsApi();
app.MapFactorSetsApi();
app.MapCalculationsApi();
app.MapAdminApi();
app.MapReportsApi();
app.MapAwaitingReviewApi();
app.MapRequirementsApi();
app.MapComplianceApi();
app.MapWaiversApi();
app.MapGridStatementsApi();
app.MapDeviationsApi();
app.MapStatisticsApi();
app.MapClimateBudgetApi();
app.MapNetworksApi();
app.MapExportsApi();
app.MapOpenDataApi();
app.MapTransportFootprintApi();
app.MapTransportScenariosApi();
app.MapRazorPages();

try
{
    app.Run();
}
catch (MigrationLock.NotTakenException refused)
{
    Console.Error.WriteLine(refused.Message);
    return 1;
}

return 0;

static bool IsApi(HttpContext context) =>
    context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/connect");

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
