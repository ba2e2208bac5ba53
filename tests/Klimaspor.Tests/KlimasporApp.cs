using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Klimaspor.Data;
using Klimaspor.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Klimaspor.Tests;

/// <summary>
/// Klimaspor in memory on a fresh database with the demo data, on SQLite or on PostgreSQL. PostgreSQL comes from
/// KLIMASPOR_TEST_POSTGRES, which ./test.sh sets after starting a server on loopback; without it the PostgreSQL tests
/// fail and say so, rather than being skipped.
/// </summary>
public abstract partial class KlimasporApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string PostgresVariable = "KLIMASPOR_TEST_POSTGRES";

    protected abstract DatabaseProvider Provider { get; }

    protected abstract string ConnectionString { get; }

    /// <summary>Whether the demo data is seeded; null leaves it to the environment's appsettings files.</summary>
    protected virtual bool? DemoData => true;

    /// <summary>The month the demo data is dated for (<c>DemoData:AsOf</c>); empty dates it by the app's clock.</summary>
    protected virtual string DemoAsOf => "2026-12";

    /// <summary>The hosting environment, which picks the appsettings.{environment}.json read.</summary>
    protected virtual string EnvironmentName => "Testing";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Klimaspor", ConnectionString);
        if (DemoData is { } demoData)
        {
            builder.UseSetting("DemoData:Enabled", demoData ? "true" : "false");
        }

        // The demo as written, whatever the month the tests run in: their expectations name its months.
        // DemoSeededLaterTests leaves it out to show the demo moving with the seeding day.
        builder.UseSetting("DemoData:AsOf", DemoAsOf);

        // The tests sign in many times from one address.
        builder.UseSetting("RateLimits:SignInPerMinute", "10000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        ConfigureMore(builder);
    }

    /// <summary>For apps with extra configuration (Maskinporten switched on, say).</summary>
    protected virtual void ConfigureMore(IWebHostBuilder builder)
    {
    }

    public virtual Task InitializeAsync()
    {
        _ = Server; // starts the app: migrations and demo data
        return Task.CompletedTask;
    }

    public new virtual async Task DisposeAsync() => await base.DisposeAsync();

    public async Task<T> WithDb<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public Task<Guid> ContractId(string reference) => WithDb(db => db.Contracts.Where(c => c.Reference == reference).Select(c => c.Id).SingleAsync());

    /// <summary>An API client acting for a demo client's organisation and role, with a fresh bearer token.</summary>
    public async Task<HttpClient> ApiAs(string clientId, string secret)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        }));
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<Dictionary<string, object>>())!["access_token"].ToString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Registers an API client for any organisation and role (the tests' way to act as anyone over the API).</summary>
    public async Task<HttpClient> ApiFor(string orgNo, string role)
    {
        var clientId = $"test-{orgNo}-{role}";
        const string secret = "test-secret-for-api-client";
        await WithDb(async db =>
        {
            if (!await db.ApiClients.AnyAsync(c => c.ClientId == clientId))
            {
                var org = await db.Organisations.SingleAsync(o => o.OrgNo == orgNo);
                var client = new ApiClient { ClientId = clientId, DisplayName = clientId, SecretHash = "", OrganisationId = org.Id, Role = role };
                client.SecretHash = new PasswordHasher<ApiClient>().HashPassword(client, secret);
                db.ApiClients.Add(client);
                await db.SaveChangesAsync();
            }

            return 0;
        });
        return await ApiAs(clientId, secret);
    }

    /// <summary>A browser-like client signed in with a demo login (cookies kept, redirects not followed).</summary>
    public async Task<HttpClient> SignedIn(string email, string password = Data.DemoData.Password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await PostForm(client, "/Account/Login", "/Account/Login", new() { ["Email"] = email, ["Password"] = password });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode}");
        }

        return client;
    }

    /// <summary>Fetches a page with a form, then posts the form with its antiforgery token, as a browser would.</summary>
    public static async Task<HttpResponseMessage> PostForm(HttpClient client, string formPage, string action, Dictionary<string, string> fields)
    {
        var page = await (await client.GetAsync(formPage)).Content.ReadAsStringAsync();
        var token = AntiforgeryToken(page) ?? throw new InvalidOperationException($"No antiforgery token on {formPage}.");
        fields["__RequestVerificationToken"] = token;
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public static string? AntiforgeryToken(string html) =>
        TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

public class SqliteApp : KlimasporApp
{
    private readonly string _file;
    private readonly bool _demoData;
    private readonly bool _ownsFile;

    public SqliteApp()
        : this(Path.Combine(Path.GetTempPath(), $"klimaspor-test-{Guid.NewGuid():N}.db"), demoData: true, ownsFile: true)
    {
    }

    protected SqliteApp(string file, bool demoData, bool ownsFile)
    {
        _file = file;
        _demoData = demoData;
        _ownsFile = ownsFile;
    }

    /// <summary>An app on a given database file; the file outlives it unless <paramref name="ownsFile"/>.</summary>
    public static SqliteApp OnFile(string file, bool demoData, bool ownsFile = false) => new(file, demoData, ownsFile);

    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override bool? DemoData => _demoData;

    protected override string ConnectionString => $"Data Source={_file};Pooling=false";

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsFile)
        {
            DeleteDatabase(_file);
        }
    }

    public static void DeleteDatabase(string file)
    {
        foreach (var path in new[] { file, file + "-wal", file + "-shm", file + MigrationLock.SuffixOfFile })
        {
            File.Delete(path);
        }
    }
}

public class PostgresApp : KlimasporApp
{
    private readonly string _database = $"klimaspor_test_{Guid.NewGuid():N}";

    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override string ConnectionString => new NpgsqlConnectionStringBuilder(ServerConnection) { Database = _database }.ConnectionString;

    public static string ServerConnection => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException(
            $"{PostgresVariable} is not set. Run the tests with ./test.sh, which starts PostgreSQL on loopback and sets it " +
            "(e.g. Host=127.0.0.1;Port=54329;Username=klimaspor;Password=klimaspor).");

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ServerConnection) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

/// <summary>The demo API clients of the API note.</summary>
public static class Demo
{
    public static Task<HttpClient> Buyer(KlimasporApp app) => app.ApiAs(Data.DemoData.BuyerClientId, Data.DemoData.BuyerClientSecret);

    public static Task<HttpClient> Supplier(KlimasporApp app) => app.ApiAs(Data.DemoData.SupplierClientId, Data.DemoData.SupplierClientSecret);

    public const string Role = Roles.FollowUpOfficer;
}

/// <summary>Report drafts as a well-behaved client writes them (docs/adr/0009).</summary>
public static class Drafts
{
    /// <summary>
    /// Creates or replaces the caller's draft as the API note asks: reads the report first and, when a draft exists,
    /// sends its ETag in If-Match (without one a replacement is 428; with a stale one, 412).
    /// </summary>
    public static async Task<HttpResponseMessage> PutDraftAsync<T>(this HttpClient client, string url, T body)
    {
        using var read = await client.GetAsync(url);
        using var put = new HttpRequestMessage(HttpMethod.Put, url) { Content = System.Net.Http.Json.JsonContent.Create(body) };
        if (read.IsSuccessStatusCode && read.Headers.ETag is { } etag)
        {
            put.Headers.IfMatch.Add(etag);
        }

        return await client.SendAsync(put);
    }
}
