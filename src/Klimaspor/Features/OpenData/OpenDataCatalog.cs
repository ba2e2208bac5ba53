using System.Globalization;
using System.Text.Json.Nodes;
using Klimaspor.Data;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.OpenData;

/// <summary>
/// The DCAT-AP-NO 2.2 catalogue of what organisations publish, as JSON-LD, for data.norge.no to harvest (issue 15 item
/// 6; docs/open-data.md). One dataset per publishing organisation, each with a CSV and a JSON distribution. Every
/// property DCAT-AP-NO makes mandatory is there (its SHACL shapes, <c>sh:minCount 1</c>): for the catalogue
/// dct:title, dct:description, dct:identifier, dct:publisher; for a dataset dct:title, dct:description,
/// dct:identifier, dct:publisher and dcat:theme (the last two Norwegian extensions); for a distribution dcat:accessURL
/// and dct:format; for an agent foaf:name. Titles and descriptions are given in bokmål and English.
/// </summary>
internal static class OpenDataCatalog
{
    public const string ContentType = "application/ld+json";

    /// <summary>Enhetsregisteret's URI for an organisation, the form DCAT-AP-NO asks publishers to be named by.</summary>
    public static string PublisherUri(string orgNo) => "https://data.brreg.no/enhetsregisteret/api/enheter/" + orgNo;

    /// <summary>The EU data theme "Environment" (data.norge.no reads the EU's themes).</summary>
    private const string EnvironmentTheme = "http://publications.europa.eu/resource/authority/data-theme/ENVI";

    public static async Task<JsonObject> Build(string baseUrl, AppDbContext db, CancellationToken cancellationToken)
    {
        var publishers = await PublishedFigures.Publishers(db, cancellationToken);
        var operatorOrganisation = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Operator).OrderBy(o => o.CreatedAt)
            .Select(o => new { o.Name, o.OrgNo }).FirstOrDefaultAsync(cancellationToken);
        var catalogId = baseUrl + "/open-data/catalog";
        return new JsonObject
        {
            ["@context"] = new JsonObject
            {
                ["dcat"] = "http://www.w3.org/ns/dcat#",
                ["dct"] = "http://purl.org/dc/terms/",
                ["foaf"] = "http://xmlns.com/foaf/0.1/",
                ["vcard"] = "http://www.w3.org/2006/vcard/ns#",
                ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
            },
            ["@id"] = catalogId,
            ["@type"] = "dcat:Catalog",
            ["dct:identifier"] = catalogId,
            ["dct:title"] = InBoth("OpenData.CatalogTitle"),
            ["dct:description"] = InBoth("OpenData.CatalogDescription"),
            ["dct:publisher"] = operatorOrganisation is null
                ? Agent(baseUrl, "Klimaspor")
                : Agent(PublisherUri(operatorOrganisation.OrgNo), operatorOrganisation.Name),
            ["dct:language"] = new JsonArray(Link("http://publications.europa.eu/resource/authority/language/NOB"),
                Link("http://publications.europa.eu/resource/authority/language/ENG")),
            ["dcat:dataset"] = new JsonArray([.. publishers.Select(p => Dataset(baseUrl, p))]),
        };
    }

    private static JsonObject Dataset(string baseUrl, Publisher publisher)
    {
        var id = $"{baseUrl}/open-data/{publisher.OrgNo}";
        var dataset = new JsonObject
        {
            ["@id"] = id,
            ["@type"] = "dcat:Dataset",
            ["dct:identifier"] = id,
            ["dct:title"] = new JsonArray(
                Text(publisher.Title ?? TextsLocalizer.Message("OpenData.DatasetTitle", "nb", [publisher.Name]), "nb"),
                Text(TextsLocalizer.Message("OpenData.DatasetTitle", "en", [publisher.Name]), "en")),
            ["dct:description"] = new JsonArray(
                Text(publisher.Description ?? TextsLocalizer.Message("OpenData.DatasetDescription", "nb", [publisher.Name]), "nb"),
                Text(TextsLocalizer.Message("OpenData.DatasetDescription", "en", [publisher.Name]), "en")),
            ["dct:publisher"] = Agent(PublisherUri(publisher.OrgNo), publisher.Name),
            ["dcat:theme"] = new JsonArray(Link(EnvironmentTheme)),
            ["dcat:keyword"] = new JsonArray(Text("klima", "nb"), Text("offentlige anskaffelser", "nb"), Text("climate", "en"), Text("public procurement", "en")),
            ["dct:accrualPeriodicity"] = Link("http://publications.europa.eu/resource/authority/frequency/MONTHLY"),
            ["dct:accessRights"] = Link("http://publications.europa.eu/resource/authority/access-right/PUBLIC"),
            ["dcat:contactPoint"] = new JsonObject
            {
                ["@type"] = "vcard:Organization",
                ["vcard:fn"] = publisher.Name,
                ["vcard:hasEmail"] = publisher.ContactEmail is { } email ? Link("mailto:" + email) : null,
            },
            ["dcat:distribution"] = new JsonArray(
                Distribution(id + "/figures.csv", "CSV", "text/csv", publisher),
                Distribution(id + "/figures.json", "JSON", "application/json", publisher)),
        };
        if (publisher.ChangedAt is { } changed)
        {
            dataset["dct:modified"] = Typed(changed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "xsd:date");
        }

        if (publisher.FirstMonth is { } first && publisher.LastMonth is { } last)
        {
            var end = DateOnly.ParseExact(last, "yyyy-MM", CultureInfo.InvariantCulture).AddMonths(1).AddDays(-1);
            dataset["dct:temporal"] = new JsonObject
            {
                ["@type"] = "dct:PeriodOfTime",
                ["dcat:startDate"] = Typed(first + "-01", "xsd:date"),
                ["dcat:endDate"] = Typed(end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "xsd:date"),
            };
        }

        return dataset;
    }

    private static JsonObject Distribution(string url, string format, string mediaType, Publisher publisher) => new()
    {
        ["@id"] = url,
        ["@type"] = "dcat:Distribution",
        ["dct:title"] = new JsonArray(Text(format, "nb"), Text(format, "en")),
        ["dct:description"] = new JsonArray(
            Text(TextsLocalizer.Text("OpenData.DistributionDescription", "nb"), "nb"),
            Text(TextsLocalizer.Text("OpenData.DistributionDescription", "en"), "en")),
        ["dcat:accessURL"] = Link(url),
        ["dcat:downloadURL"] = Link(url),
        ["dct:format"] = Link("http://publications.europa.eu/resource/authority/file-type/" + format),
        ["dcat:mediaType"] = Link("https://www.iana.org/assignments/media-types/" + mediaType),
        ["dct:license"] = Link(publisher.Licence.Uri),
    };

    private static JsonObject Agent(string id, string name) => new()
    {
        ["@id"] = id,
        ["@type"] = "foaf:Agent",
        ["foaf:name"] = name,
    };

    private static JsonArray InBoth(string key) => new(Text(TextsLocalizer.Text(key, "nb"), "nb"), Text(TextsLocalizer.Text(key, "en"), "en"));

    private static JsonObject Text(string value, string language) => new() { ["@value"] = value, ["@language"] = language };

    private static JsonObject Typed(string value, string type) => new() { ["@value"] = value, ["@type"] = type };

    private static JsonObject Link(string id) => new() { ["@id"] = id };
}
