using System.Text.Json;

namespace Klimaspor.Tests;

/// <summary>
/// The OpenAPI document is the API's reference (the README points there): every operation must say what its success
/// answers carry and that its errors are problem+json, so a client can be generated from it.
/// </summary>
public sealed class OpenApiTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Document_EveryOperation_DescribesItsSuccessBodyAndItsProblems()
    {
        using var client = app.CreateClient();
        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;

        var missing = new List<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var name = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                var responses = operation.Value.GetProperty("responses").EnumerateObject().ToList();
                var successes = responses.Where(r => r.Name.StartsWith('2')).ToList();
                // A success without a body (204) says so by having none; every other success names its body's schema.
                if (successes.Count == 0 || successes.Any(r => r.Name != "204" && !HasSchema(r.Value)))
                {
                    missing.Add(name + ": success body");
                }

                // The API's and the open data's errors are problem+json; the token endpoint's are OAuth 2.0's own (RFC 6749 §5.2).
                var errorType = path.Name.StartsWith("/api/", StringComparison.Ordinal) || path.Name.StartsWith("/open-data/", StringComparison.Ordinal)
                    ? "application/problem+json" : "application/json";
                if (!responses.Any(r => !r.Name.StartsWith('2') && r.Value.TryGetProperty("content", out var content)
                    && content.TryGetProperty(errorType, out var error) && error.TryGetProperty("schema", out _)))
                {
                    missing.Add(name + ": " + errorType + " errors");
                }
            }
        }

        Assert.True(missing.Count == 0, "Operations that do not describe their answers:\n" + string.Join("\n", missing));
    }

    private static bool HasSchema(JsonElement response) =>
        response.TryGetProperty("content", out var content) && content.EnumerateObject().Any(c => c.Value.TryGetProperty("schema", out _));
}
