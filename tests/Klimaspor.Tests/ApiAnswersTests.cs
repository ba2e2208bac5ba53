using System.Net;
using System.Text;

namespace Klimaspor.Tests;

/// <summary>
/// Whatever a system sends under <c>/api</c>, it gets an API answer: problem+json with a status that says what went
/// wrong, never a redirect to the people's login page (issue 16, item 4).
/// </summary>
public abstract class ApiAnswersTests(KlimasporApp app)
{
    [Theory]
    [InlineData("GET", "/api/v1/no-such-route")]
    [InlineData("GET", "/api/v2/contracts")]
    [InlineData("GET", "/api/v1/contracts/not-a-guid")]
    [InlineData("GET", "/api/v1/contracts/not-a-guid/reports/2026-01")]
    [InlineData("DELETE", "/api/v1/contracts/00000000-0000-0000-0000-000000000000/requirements/x/y")]
    public async Task UnknownRoute_WithAndWithoutToken_ProblemNotFound(string method, string path)
    {
        foreach (var client in new[] { app.CreateClient(new() { AllowAutoRedirect = false }), await Demo.Buyer(app) })
        {
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task KnownRoute_WithoutToken_Unauthorized_NotARedirect()
    {
        var response = await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/api/v1/reports/due");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task JsonRoute_WrongContentType_UnsupportedMediaTypeAsProblem()
    {
        var api = await Demo.Buyer(app);

        var response = await api.PostAsync("/api/v1/contracts", new StringContent("reference=X-1", Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class ApiAnswersOnSqliteTests(SqliteApp app) : ApiAnswersTests(app), IClassFixture<SqliteApp>;

public sealed class ApiAnswersOnPostgresTests(PostgresApp app) : ApiAnswersTests(app), IClassFixture<PostgresApp>;
