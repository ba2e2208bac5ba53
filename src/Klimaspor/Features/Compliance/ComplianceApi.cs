using System.Globalization;
using Klimaspor.Features.Contracts;
using Klimaspor.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Compliance;

public static class ComplianceApi
{
    public sealed record PageParameters(int? Page, int? PageSize);

    public static void MapComplianceApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/contracts/{id:guid}/compliance")
            .RequireAuthorization(Policies.Api, Policies.ContractReader)
            .WithTags("Compliance");

        group.MapGet("/", GetLatest)
            .WithSummary("Each requirement of the contract with its status per window, measured value, threshold and explanation (message keys with arguments, and the text in the caller's language), the forecast at completion and sanction proposals, as the latest evaluation found them");
        group.MapGet("/history", ListHistory)
            .WithSummary("Every evaluation of the contract, newest first: when, what caused it, and how many requirements were met, not met, not assessable and heading for failure");
        group.MapGet("/history/{runId:guid}", GetRun).WithSummary("One past evaluation in full, as it was then");
        group.MapPost("/evaluate", Evaluate)
            .Idempotent()
            .RequireAuthorization(Policies.ContractEditor)
            .WithSummary("Evaluate the contract now (the buyer's follow-up officers and administrators); 201 with the new evaluation, kept in the history");

        app.MapGet("/api/v1/compliance/attention", ListAttentionItems)
            .RequireAuthorization(Policies.Api, Policies.BuyerReader)
            .WithTags("Compliance")
            .WithSummary("Buyers only: everything that needs attention across the caller's active contracts, most severe first: requirements not met, deviations overdue, reports overdue, waivers awaiting assessment or decision, requirements heading for failure, requirements that cannot be assessed");
    }

    private static async Task<Results<Ok<ComplianceView>, ProblemHttpResult>> GetLatest(Guid id, AppServices services, IStringLocalizer localizer,
        CancellationToken ct) =>
        (await GetCompliance.Latest(id, Culture, services, ct)).Found().Answer(localizer);

    private static async Task<Results<Ok<PagedResponse<ComplianceRunView>>, ProblemHttpResult>> ListHistory(Guid id, [AsParameters] PageParameters p, AppServices services, IStringLocalizer localizer, CancellationToken ct) =>
        (await GetCompliance.History(id, p.Page ?? 1, p.PageSize ?? GetCompliance.DefaultPageSize, services, ct)).Found()
            .Answer(page => TypedResults.Ok(PagedResponse.Of(page)), localizer);

    private static async Task<Results<Ok<ComplianceView>, ProblemHttpResult>> GetRun(Guid id, Guid runId, AppServices services, IStringLocalizer localizer,
        CancellationToken ct) =>
        (await GetCompliance.Run(id, runId, Culture, services, ct)).Found().Answer(localizer);

    private static async Task<Results<Created<ComplianceView>, ProblemHttpResult>> Evaluate(Guid id, AppServices services,
        IStringLocalizer localizer, CancellationToken ct) =>
        (await EvaluateCompliance.OnDemand(id, Culture, services, ct))
            .Answer(run => TypedResults.Created($"/api/v1/contracts/{id}/compliance/history/{run.RunId}", run), localizer);

    private static async Task<Ok<PagedResponse<AttentionItem>>> ListAttentionItems([AsParameters] PageParameters p, AppServices services,
        IStringLocalizer localizer, CancellationToken ct) =>
        TypedResults.Ok(PagedResponse.Of(await ListAttention.Handle(p.Page ?? 1, p.PageSize ?? ListAttention.DefaultPageSize, services, localizer, Culture, ct)));

    private static string Culture => CultureInfo.CurrentUICulture.Name;
}
