using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Klimaspor.Tests;

/// <summary>
/// Behind a TLS-terminating proxy (issue 16, item 7): from a configured proxy, X-Forwarded-Proto and X-Forwarded-For
/// are the client's scheme and address, so the sign-in cookie is Secure, HSTS is sent and the rate limits count each
/// client; from anyone else the same headers change nothing.
/// </summary>
public abstract class ProxyTests(KlimasporApp app)
{
    private const string Proxy = "10.0.0.5";
    private const string Stranger = "203.0.113.9";

    [Fact]
    public async Task SignIn_FromTrustedProxyOverHttps_SecureCookieAndHsts()
    {
        var browser = Browser(peer: Proxy, forwardedFor: "198.51.100.7");

        var response = await KlimasporApp.PostForm(browser, "/Account/Login", "/Account/Login",
            new() { ["Email"] = "oslobygg@demo.klimaspor.no", ["Password"] = Data.DemoData.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("klimaspor.auth=", StringComparison.Ordinal));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task SignIn_FromUntrustedPeerClaimingHttps_HeadersIgnored()
    {
        var browser = Browser(peer: Stranger, forwardedFor: "198.51.100.8");

        var response = await KlimasporApp.PostForm(browser, "/Account/Login", "/Account/Login",
            new() { ["Email"] = "oslobygg@demo.klimaspor.no", ["Password"] = Data.DemoData.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("klimaspor.auth=", StringComparison.Ordinal));
        Assert.DoesNotContain("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task TokenRequests_ThroughTrustedProxy_LimitedPerForwardedClient()
    {
        var first = Browser(peer: Proxy, forwardedFor: "198.51.100.20");
        var second = Browser(peer: Proxy, forwardedFor: "198.51.100.21");

        var firstAnswers = await GuessSecrets(first, BehindProxy.PerMinute + 1);
        var secondAnswers = await GuessSecrets(second, 1);

        Assert.Equal(HttpStatusCode.TooManyRequests, firstAnswers[^1]);
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, firstAnswers[..^1]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, secondAnswers[0]);
    }

    [Fact]
    public async Task TokenRequests_FromUntrustedPeerVaryingForwardedFor_LimitedAsOnePeer()
    {
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i <= BehindProxy.PerMinute; i++)
        {
            answers.AddRange(await GuessSecrets(Browser(peer: "203.0.113.50", forwardedFor: $"198.51.100.{100 + i}"), 1));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
    }

    private static async Task<HttpStatusCode[]> GuessSecrets(HttpClient client, int times)
    {
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < times; i++)
        {
            using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = Data.DemoData.SupplierClientId,
                ["client_secret"] = "a wrong guess",
            }));
            answers.Add(response.StatusCode);
        }

        return [.. answers];
    }

    /// <summary>A client whose connection comes from <paramref name="peer"/>, sending what a TLS-terminating proxy adds.</summary>
    private HttpClient Browser(string peer, string forwardedFor)
    {
        // Not localhost, which HSTS leaves out on purpose.
        var client = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("http://klimaspor.example"),
            AllowAutoRedirect = false,
            HandleCookies = true,
        });
        client.DefaultRequestHeaders.Add(BehindProxy.PeerHeader, peer);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        return client;
    }
}

/// <summary>The app with one trusted proxy, as an operator configures it, and a low rate limit.</summary>
public static class BehindProxy
{
    public const int PerMinute = 4;

    /// <summary>The test's stand-in for the TCP peer's address, which the test server does not have.</summary>
    public const string PeerHeader = "X-Test-Peer";

    public static void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("ForwardedHeaders:KnownProxies:0", "10.0.0.5");
        builder.UseSetting("RateLimits:SignInPerMinute", PerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, Peer>());
    }

    private sealed class Peer : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[PeerHeader], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

public sealed class ProxiedSqliteApp : SqliteApp
{
    protected override void ConfigureMore(IWebHostBuilder builder) => BehindProxy.Configure(builder);
}

public sealed class ProxiedPostgresApp : PostgresApp
{
    protected override void ConfigureMore(IWebHostBuilder builder) => BehindProxy.Configure(builder);
}

public sealed class ProxyOnSqliteTests(ProxiedSqliteApp app) : ProxyTests(app), IClassFixture<ProxiedSqliteApp>;

public sealed class ProxyOnPostgresTests(ProxiedPostgresApp app) : ProxyTests(app), IClassFixture<ProxiedPostgresApp>;
