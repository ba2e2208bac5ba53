using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Klimaspor.Tests;

/// <summary>/api-reference is the app's own page: every operation of the OpenAPI document, in the page's language, nothing from elsewhere.</summary>
public sealed partial class ApiReferencePageTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task ApiReference_Page_ShowsEveryOperationOfTheOpenApiDocument()
    {
        var client = app.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var operations = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(o => o.Name is "get" or "put" or "post" or "delete" or "patch")
                .Select(o => $"{o.Name.ToUpperInvariant()} {path.Name}"))
            .ToList();

        var response = await client.GetAsync("/api-reference");
        var text = Text(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(operations.Count > 20, $"The document names {operations.Count} operations.");
        Assert.All(operations, operation => Assert.Contains(operation, text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nb-NO", "nb", "API-referanse")]
    [InlineData("nn-NO", "nn", "API-referanse")]
    [InlineData("en", "en", "API reference")]
    public async Task ApiReference_EachLanguage_SpeaksItAndLoadsNothingFromElsewhere(string culture, string lang, string heading)
    {
        var html = await app.CreateClient().GetStringAsync($"/api-reference?culture={culture}&ui-culture={culture}");

        Assert.Contains($"<html lang=\"{lang}\"", html, StringComparison.Ordinal);
        Assert.Contains($">{heading}</h1>", html, StringComparison.Ordinal);
        // No fonts, scripts, styles or pictures from another site (the old reference fetched fonts and offered cloud clients).
        Assert.DoesNotMatch(ExternalResource(), html);
    }

    /// <summary>The page's words without markup, whitespace collapsed: what a reader sees.</summary>
    private static string Text(string html) =>
        Whitespace().Replace(WebUtility.HtmlDecode(Tag().Replace(html, " ")), " ");

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("""(src|href)="(https?:)?//""")]
    private static partial Regex ExternalResource();
}
