using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Klimaspor.Web;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using static Klimaspor.Data.DemoData;

namespace Klimaspor.Tests;

/// <summary>Klimaspor with Maskinporten switched on; Maskinporten's signing key is stood in for by one made here.</summary>
public sealed class MaskinportenApp : SqliteApp
{
    public const string Issuer = "https://test.maskinporten.no/";
    public static readonly RsaSecurityKey Key = new(RSA.Create(2048)) { KeyId = "test-key" };

    protected override void ConfigureMore(IWebHostBuilder builder)
    {
        builder.UseSetting("Maskinporten:Enabled", "true");
        builder.UseSetting("Maskinporten:Issuer", Issuer);
        builder.UseSetting("Maskinporten:Audience", "https://klimaspor.test/");
        builder.ConfigureTestServices(services => services.PostConfigure<JwtBearerOptions>(Maskinporten.Scheme, o =>
        {
            // Instead of fetching Maskinporten's metadata: the issuer and the key this test signs with.
            var configuration = new OpenIdConnectConfiguration { Issuer = Issuer };
            configuration.SigningKeys.Add(Key);
            o.Configuration = configuration;
            // JwtBearer's own post-configuration already made a manager that would fetch the metadata: replace it.
            o.ConfigurationManager = new Microsoft.IdentityModel.Protocols.StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
        }));
    }

    /// <param name="expires">When the token runs out; by default in two minutes. It was issued five minutes before.</param>
    public static string Token(string orgNo, string scope = "klimaspor:rapportering", SecurityKey? key = null, string issuer = Issuer, DateTime? expires = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = "https://klimaspor.test/",
            IssuedAt = (expires ?? DateTime.UtcNow.AddMinutes(2)).AddMinutes(-5),
            NotBefore = (expires ?? DateTime.UtcNow.AddMinutes(2)).AddMinutes(-5),
            Expires = expires ?? DateTime.UtcNow.AddMinutes(2),
            Claims = new Dictionary<string, object>
            {
                ["scope"] = scope,
                ["consumer"] = JsonSerializer.Serialize(new Dictionary<string, string> { ["authority"] = "iso6523-actorid-upis", ["ID"] = "0192:" + orgNo }),
            },
            SigningCredentials = new SigningCredentials(key ?? Key, SecurityAlgorithms.RsaSha256),
        });
}

public sealed class MaskinportenTests(MaskinportenApp app) : IClassFixture<MaskinportenApp>
{
    private HttpClient With(string token)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task Token_ConsumerIsARegisteredSupplier_ActsForIt()
    {
        var client = With(MaskinportenApp.Token(OrgNo.Fjordbygg));

        var me = JsonDocument.Parse(await client.GetStringAsync("/api/v1/me")).RootElement;
        var contracts = await client.GetStringAsync("/api/v1/contracts?pageSize=200");

        Assert.Equal("Fjordbygg Entreprenør AS", me.GetProperty("organisation").GetProperty("name").GetString());
        Assert.Contains("OBF-2024-017", contracts);
        Assert.DoesNotContain("REG-2023-004", contracts);
        var draft = await client.PutAsJsonAsync($"/api/v1/contracts/{await app.ContractId("OBF-2024-017")}/reports/2026-05", new
        {
            machines = new[] { new { machineId = "M1", machineType = "gravemaskin", weightTonnes = 21, energyCarrier = "hvo100", emissionClass = "stage-v", operatingHours = 100, fuelLitres = 900, dataSource = "telematikk", idleHours = 20 } },
        });
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
    }

    [Theory]
    [InlineData("wrong-scope")]
    [InlineData("unknown-organisation")]
    [InlineData("buyer-organisation")]
    [InlineData("other-key")]
    [InlineData("other-issuer")]
    [InlineData("expired-a-minute-ago")]
    public async Task Token_NotAcceptable_Refused(string variant)
    {
        var token = variant switch
        {
            "wrong-scope" => MaskinportenApp.Token(OrgNo.Fjordbygg, scope: "annen:scope"),
            "unknown-organisation" => MaskinportenApp.Token("974760673"),
            "buyer-organisation" => MaskinportenApp.Token(OrgNo.Oslo),
            "expired-a-minute-ago" => MaskinportenApp.Token(OrgNo.Fjordbygg, expires: DateTime.UtcNow.AddMinutes(-1)),
            "other-key" => MaskinportenApp.Token(OrgNo.Fjordbygg, key: new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-key" }),
            _ => MaskinportenApp.Token(OrgNo.Fjordbygg, issuer: "https://evil.example/"),
        };

        Assert.Equal(HttpStatusCode.Unauthorized, (await With(token).GetAsync("/api/v1/contracts")).StatusCode);
    }

    [Fact]
    public async Task KlimasporTokens_StillAccepted_WhenMaskinportenIsOn()
    {
        Assert.Equal(HttpStatusCode.OK, (await (await Demo.Buyer(app)).GetAsync("/api/v1/contracts")).StatusCode);
    }

    [Theory]
    [InlineData("{\"authority\":\"iso6523-actorid-upis\",\"ID\":\"0192:974760673\"}", "974760673")]
    [InlineData("{\"ID\":\"0192:123456789\"}", null)] // check digit wrong
    [InlineData("{\"ID\":\"9908:974760673\"}", null)] // not the Norwegian register
    [InlineData("not json", null)]
    public void ConsumerClaim_OrganisationNumber(string claim, string? expected)
    {
        Assert.Equal(expected, Maskinporten.OrganisationNumberOf(claim)?.Value);
    }
}
