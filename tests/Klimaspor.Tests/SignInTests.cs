using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Klimaspor.Data;
using Klimaspor.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Klimaspor.Data.DemoData;

namespace Klimaspor.Tests;

/// <summary>
/// Signing in tells an outsider nothing about who has an account, weak passwords are refused wherever one is set, and
/// what is revoked (a session at logout, a disabled API client, an expired token) stops working at once.
/// </summary>
public abstract class SignInTests(KlimasporApp app, TestClock clock, CountingPasswordHasher hasher)
{
    private const string FailedNb = "Feil e-postadresse eller passord, eller kontoen er låst i 15 minutter etter for mange mislykkede forsøk.";

    [Fact]
    public async Task Login_UnknownUserWrongPasswordOrLockedAccount_SameAnswerAfterTheSameHashing()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < 5; i++)
        {
            await Login(client, "bym@demo.klimaspor.no", "gjett-" + i);
        }

        var unknown = await HashedOnce(() => Login(client, "ingen@demo.klimaspor.no", "feil-passord-123"));
        var wrong = await HashedOnce(() => Login(client, "asker@demo.klimaspor.no", "feil-passord-123"));
        var locked = await HashedOnce(() => Login(client, "bym@demo.klimaspor.no", Password));

        foreach (var response in new[] { unknown, wrong, locked })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(FailedNb, await response.Content.ReadAsStringAsync());
        }
    }

    [Theory]
    [InlineData("Password1234", "This password is among the most common ones and is found in lists of leaked passwords. Choose another.")]
    [InlineData(Password, "This password is among the most common ones and is found in lists of leaked passwords. Choose another.")]
    [InlineData("Sommer2026!!", "A season or month with a year (such as Summer2026) is among the first things guessed. Choose another password.")]
    [InlineData("Januar2025!!", "A season or month with a year (such as Summer2026) is among the first things guessed. Choose another password.")]
    [InlineData("Vikenfylke2026", "The password must not contain the person's name, email address or organisation, nor the name Klimaspor.")]
    [InlineData("Torunn-Tilsett-9", "The password must not contain the person's name, email address or organisation, nor the name Klimaspor.")]
    public async Task NewUser_WeakPassword_422OnThePasswordFieldInTheCallersLanguage(string password, string message)
    {
        var admin = await app.ApiFor(OrgNo.Operator, Roles.SystemAdmin);
        var viken = await app.WithDb(db => db.Organisations.Where(o => o.OrgNo == OrgNo.Viken).Select(o => o.Id).SingleAsync());

        var response = await admin.PostAsJsonAsync("/api/v1/users?culture=en",
            new { email = "torunn@viken.example", displayName = "Torunn Tilsett", organisationId = viken, role = Roles.Analyst, password });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = Assert.Single(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("password", error.GetProperty("column").GetString());
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.False(await app.WithDb(db => db.Users.AnyAsync(u => u.Email == "torunn@viken.example")));
    }

    [Fact]
    public async Task UsersPage_SeasonAndYear_RefusedBesideThePasswordField()
    {
        var admin = await app.SignedIn("drift@demo.klimaspor.no");
        var viken = await app.WithDb(db => db.Organisations.Where(o => o.OrgNo == OrgNo.Viken).Select(o => o.Id).SingleAsync());

        var response = await KlimasporApp.PostForm(admin, "/Admin/Users", "/Admin/Users", new()
        {
            ["Input.Email"] = "sigve@viken.example",
            ["Input.DisplayName"] = "Sigve Sommerfugl",
            ["Input.OrganisationId"] = viken.ToString(),
            ["Input.Role"] = Roles.Analyst,
            ["Input.Password"] = "Sommer2026!!",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("href=\"#password\">En årstid eller måned med årstall (som Sommer2026) er blant det første som blir gjettet. Velg et annet passord.</a>", html);
    }

    [Fact]
    public async Task Logout_CopiedCookie_NoLongerSignsIn()
    {
        var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var signIn = await Login(browser, "oslo-analytiker@demo.klimaspor.no", Password);
        var copy = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", string.Join("; ", signIn.Headers.GetValues("Set-Cookie")
            .Where(c => c.StartsWith("klimaspor.auth", StringComparison.Ordinal)).Select(c => c.Split(';')[0])));
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/Contracts")).StatusCode);

        await KlimasporApp.PostForm(browser, "/", "/Account/Logout", []);
        var afterLogout = await copy.GetAsync("/Contracts");

        Assert.Equal(HttpStatusCode.Redirect, afterLogout.StatusCode);
        Assert.StartsWith("/Account/Login", afterLogout.Headers.Location!.PathAndQuery);
        await app.SignedIn("oslo-analytiker@demo.klimaspor.no"); // signing in again works
    }

    [Fact]
    public async Task ApiToken_ClientDisabled_RefusedAtTheNextRequest()
    {
        var api = await app.ApiFor(OrgNo.Nordlys, Roles.SupplierReporter);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/me")).StatusCode);

        await app.WithDb(db => db.ApiClients.Where(c => c.ClientId == $"test-{OrgNo.Nordlys}-{Roles.SupplierReporter}")
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.DisabledAt, DateTime.UtcNow)));

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task ApiToken_ExpiredAMinuteAgo_Refused()
    {
        var fresh = await app.ApiFor(OrgNo.Asker, Roles.FollowUpOfficer);
        clock.Advance(-(TokenKeys.Lifetime + TimeSpan.FromMinutes(1)));
        HttpClient expired;
        try
        {
            expired = await app.ApiFor(OrgNo.Asker, Roles.FollowUpOfficer);
        }
        finally
        {
            clock.Advance(TokenKeys.Lifetime + TimeSpan.FromMinutes(1));
        }

        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await expired.GetAsync("/api/v1/me")).StatusCode);
    }

    private async Task<HttpResponseMessage> HashedOnce(Func<Task<HttpResponseMessage>> login)
    {
        var before = hasher.Verifications;
        var response = await login();
        Assert.Equal(1, hasher.Verifications - before);
        return response;
    }

    private static Task<HttpResponseMessage> Login(HttpClient client, string email, string password) =>
        KlimasporApp.PostForm(client, "/Account/Login", "/Account/Login", new() { ["Email"] = email, ["Password"] = password });
}

/// <summary>Identity's password hasher, counting the checks, so a test sees that every sign-in does the same slow work.</summary>
public sealed class CountingPasswordHasher : IPasswordHasher<AppUser>
{
    private readonly PasswordHasher<AppUser> _hasher = new();
    private int _verifications;

    public int Verifications => Volatile.Read(ref _verifications);

    public string HashPassword(AppUser user, string password) => _hasher.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return _hasher.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }

    public static void Use(IWebHostBuilder builder, TestClock clock, CountingPasswordHasher hasher)
    {
        TestClock.Use(builder, clock);
        builder.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<AppUser>>(hasher));
    }
}

public sealed class SignInSqliteApp : SqliteApp
{
    public TestClock Clock { get; } = new();

    public CountingPasswordHasher Hasher { get; } = new();

    protected override void ConfigureMore(IWebHostBuilder builder) => CountingPasswordHasher.Use(builder, Clock, Hasher);
}

public sealed class SignInPostgresApp : PostgresApp
{
    public TestClock Clock { get; } = new();

    public CountingPasswordHasher Hasher { get; } = new();

    protected override void ConfigureMore(IWebHostBuilder builder) => CountingPasswordHasher.Use(builder, Clock, Hasher);
}

public sealed class SignInOnSqliteTests(SignInSqliteApp app) : SignInTests(app, app.Clock, app.Hasher), IClassFixture<SignInSqliteApp>;

public sealed class SignInOnPostgresTests(SignInPostgresApp app) : SignInTests(app, app.Clock, app.Hasher), IClassFixture<SignInPostgresApp>;
