using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Klimaspor.Web;
using static Klimaspor.Data.DemoData;

namespace Klimaspor.Tests;

/// <summary>
/// Open data (issue 15 item 6): Oslo's demo organisation publishes, Asker and Viken do not. The catalogue carries every
/// property DCAT-AP-NO makes mandatory; the figures are the counted reports' own, summed; only what a publisher chose
/// is published, and an organisation that does not publish appears nowhere.
/// </summary>
/// <remarks>
/// The mandatory properties are those of DCAT-AP-NO's SHACL shapes, version 2.00 ("The shapes in this file cover all
/// classes in DCAT-AP-NO 2.0.0"; Informasjonsforvaltning/dcat-ap-no-validator-service, dcat-ap-no-shacl_shapes_2.00.ttl,
/// the shapes data.norge.no's validator checks DCAT-AP-NO 2.x against): each property with <c>sh:minCount 1</c> —
/// Katalog (dcat:Catalog): dct:description, dct:identifier, dct:publisher, dct:title; Datasett (dcat:Dataset):
/// dct:description, dct:title, dct:identifier, dct:publisher ("Norwegian extension: Added minCount 1"), dcat:theme
/// ("Norwegian extension: Added minCount 1"); Distribusjon (dcat:Distribution): dcat:accessURL, dct:format ("Norwegian
/// extension: Added minCount 1"); Aktør (foaf:Agent, the objects of dct:publisher): foaf:name. The specification itself
/// is at https://data.norge.no/specification/dcat-ap-no ("Versjon: 2.2").
/// </remarks>
public abstract class OpenDataTests(KlimasporApp app)
{
    private static readonly Dictionary<string, string[]> Mandatory = new()
    {
        ["dcat:Catalog"] = ["dct:description", "dct:identifier", "dct:publisher", "dct:title"],
        ["dcat:Dataset"] = ["dct:description", "dct:title", "dct:identifier", "dct:publisher", "dcat:theme"],
        ["dcat:Distribution"] = ["dcat:accessURL", "dct:format"],
        ["foaf:Agent"] = ["foaf:name"],
    };

    private static async Task<JsonElement> Catalog(HttpClient anonymous)
    {
        var response = await anonymous.GetAsync("/open-data/catalog");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    /// <summary>Every node object in the document with its <c>@type</c>.</summary>
    private static IEnumerable<JsonElement> Nodes(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("@type", out _))
            {
                yield return element;
            }

            foreach (var property in element.EnumerateObject().Where(p => p.Name != "@context"))
            {
                foreach (var node in Nodes(property.Value))
                {
                    yield return node;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var node in element.EnumerateArray().SelectMany(Nodes))
            {
                yield return node;
            }
        }
    }

    private static IEnumerable<JsonElement> OfType(JsonElement catalog, string type) => Nodes(catalog).Where(n => n.GetProperty("@type").GetString() == type);

    /// <summary>A language-tagged text's value in one language.</summary>
    private static string? In(JsonElement texts, string language) =>
        texts.EnumerateArray().Where(t => t.GetProperty("@language").GetString() == language).Select(t => t.GetProperty("@value").GetString()).FirstOrDefault();

    [Fact]
    public async Task Catalog_Anonymous_HasEveryMandatoryDcatApNoProperty()
    {
        var catalog = await Catalog(app.CreateClient());

        Assert.Equal("dcat:Catalog", catalog.GetProperty("@type").GetString());
        var missing = new List<string>();
        foreach (var (type, properties) in Mandatory)
        {
            var nodes = OfType(catalog, type).ToList();
            Assert.True(nodes.Count > 0, $"No {type} in the catalogue");
            foreach (var node in nodes)
            {
                missing.AddRange(properties.Where(p => !node.TryGetProperty(p, out var value) || value.ValueKind is JsonValueKind.Null
                    || (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0)
                    || (value.ValueKind == JsonValueKind.String && value.GetString()!.Length == 0))
                    .Select(p => $"{type} {(node.TryGetProperty("@id", out var id) ? id.GetString() : "?")}: {p}"));
            }
        }

        Assert.True(missing.Count == 0, "Mandatory properties missing:\n" + string.Join('\n', missing));
    }

    [Fact]
    public async Task Catalog_OslosDataset_NamesItsPublisherLicenceTemporalAndDistributions()
    {
        var catalog = await Catalog(app.CreateClient());

        var dataset = Assert.Single(OfType(catalog, "dcat:Dataset"), d => d.GetProperty("dct:publisher").GetProperty("@id").GetString()
            == "https://data.brreg.no/enhetsregisteret/api/enheter/" + OrgNo.Oslo);
        Assert.Equal("Oslo kommune", dataset.GetProperty("dct:publisher").GetProperty("foaf:name").GetString());
        Assert.False(string.IsNullOrEmpty(In(dataset.GetProperty("dct:title"), "nb")));
        Assert.False(string.IsNullOrEmpty(In(dataset.GetProperty("dct:title"), "en")));
        Assert.False(string.IsNullOrEmpty(In(dataset.GetProperty("dct:description"), "en")));
        Assert.Equal("mailto:klima@demo.klimaspor.no", dataset.GetProperty("dcat:contactPoint").GetProperty("vcard:hasEmail").GetProperty("@id").GetString());
        var temporal = dataset.GetProperty("dct:temporal");
        Assert.True(string.CompareOrdinal(temporal.GetProperty("dcat:startDate").GetProperty("@value").GetString(),
            temporal.GetProperty("dcat:endDate").GetProperty("@value").GetString()) < 0);
        var distributions = dataset.GetProperty("dcat:distribution").EnumerateArray().ToList();
        Assert.Equal(["CSV", "JSON"], distributions.Select(d => d.GetProperty("dct:format").GetProperty("@id").GetString()!.Split('/')[^1]));
        Assert.All(distributions, d => Assert.Equal("http://data.norge.no/nlod/no/2.0", d.GetProperty("dct:license").GetProperty("@id").GetString()));
        Assert.All(distributions, d => Assert.Equal(d.GetProperty("dcat:accessURL").GetProperty("@id").GetString(), d.GetProperty("dcat:downloadURL").GetProperty("@id").GetString()));
    }

    [Fact]
    public async Task OpenData_AnOrganisationThatDoesNotPublish_AppearsNowhere()
    {
        var anonymous = app.CreateClient();

        var catalog = (await Catalog(anonymous)).GetRawText();

        Assert.DoesNotContain(OrgNo.Asker, catalog, StringComparison.Ordinal);
        Assert.DoesNotContain("Asker", catalog, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/open-data/{OrgNo.Asker}/figures.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/open-data/{OrgNo.Asker}/figures.json")).StatusCode);
        // A unit publishes with its organisation, not as its own dataset.
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/open-data/{OrgNo.Oslobygg}/figures.json")).StatusCode);
    }

    [Fact]
    public async Task Figures_OfOslo_SumTheCountedReportsAndHoldNoContractOrSupplier()
    {
        var anonymous = app.CreateClient();
        var buyer = await Demo.Buyer(app);

        var json = JsonDocument.Parse(await anonymous.GetStringAsync($"/open-data/{OrgNo.Oslo}/figures.json")).RootElement;
        var csv = await anonymous.GetStringAsync($"/open-data/{OrgNo.Oslo}/figures.csv");

        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        // Known answer: the open data's energy and emissions are the sums of Oslo's counted reports, as each contract's
        // workbook gives them (the reports' own frozen totals).
        var contracts = JsonDocument.Parse(await buyer.GetStringAsync("/api/v1/contracts?pageSize=100&status=all")).RootElement.GetProperty("items").EnumerateArray()
            .Select(c => (Id: c.GetProperty("id").GetString()!, Reference: c.GetProperty("reference").GetString()!)).ToList();
        decimal energy = 0, emissions = 0;
        foreach (var (id, _) in contracts)
        {
            using var workbook = SpreadsheetDocument.Open(new MemoryStream(await buyer.GetByteArrayAsync($"/api/v1/contracts/{id}/figures/export?format=xlsx")), false);
            var rows = ExportsTests.Sheets(workbook)["Rapporter"];
            var energyColumn = rows[0].FindIndex(c => c.Text == "Energi totalt (kWh)");
            var emissionsColumn = rows[0].FindIndex(c => c.Text == "Utslipp, livsløp (kg CO2e)");
            energy += rows.Skip(1).Sum(r => r[energyColumn].Number ?? 0);
            emissions += rows.Skip(1).Sum(r => r[emissionsColumn].Number ?? 0);
        }

        Assert.True(energy > 0);
        Assert.Equal(energy, items.Sum(i => i.GetProperty("energyKwh").GetDecimal()));
        Assert.Equal(emissions, items.Sum(i => i.GetProperty("emissionsLifeCycleKg").GetDecimal()));
        // The CSV says the same, one line per item, with a decimal point.
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("unit,category,month,reports,energyKwh,", lines[0], StringComparison.Ordinal);
        Assert.Equal(items.Count, lines.Length - 1);
        Assert.Equal(energy, lines.Skip(1).Sum(l => decimal.Parse(l.Split(',')[^14], CultureInfo.InvariantCulture)));
        // Aggregates only: no contract, no supplier, no contract value.
        foreach (var (_, reference) in contracts)
        {
            Assert.DoesNotContain(reference, csv, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Fjordbygg", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("value", json.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(items, i => i.GetProperty("unit").GetString() == "Oslobygg KF");
    }

    [Fact]
    public async Task Settings_AdministratorStopsPublishing_GoneFromTheCatalogUntilPublishedAgain()
    {
        var admin = await app.ApiFor(OrgNo.Oslo, Roles.BuyerAdmin);
        var anonymous = app.CreateClient();
        var before = await (await admin.GetAsync("/api/v1/open-data/settings")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(before.GetProperty("published").GetBoolean());

        try
        {
            var stopped = await admin.PutAsJsonAsync("/api/v1/open-data/settings", new { published = false, licence = "cc-by-4.0" });
            Assert.Equal(HttpStatusCode.OK, stopped.StatusCode);
            Assert.DoesNotContain(OrgNo.Oslo, (await Catalog(anonymous)).GetRawText(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/open-data/{OrgNo.Oslo}/figures.json")).StatusCode);

            var again = await admin.PutAsJsonAsync("/api/v1/open-data/settings", new { published = true, licence = "cc-by-4.0", contactEmail = "klima@demo.klimaspor.no" });
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Contains("http://creativecommons.org/licenses/by/4.0/", (await Catalog(anonymous)).GetRawText(), StringComparison.Ordinal);
        }
        finally
        {
            await admin.PutAsJsonAsync("/api/v1/open-data/settings", new
            {
                published = true,
                licence = before.GetProperty("licence").GetString(),
                title = before.GetProperty("title").GetString(),
                description = before.GetProperty("description").GetString(),
                contactEmail = before.GetProperty("contactEmail").GetString(),
            });
        }
    }

    [Fact]
    public async Task Settings_PublishWithoutContactOrWithAnUnknownLicence_422()
    {
        var admin = await app.ApiFor(OrgNo.Oslo, Roles.BuyerAdmin);

        var response = await admin.PutAsJsonAsync("/api/v1/open-data/settings?culture=en", new { published = true, licence = "gpl-3.0" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("nlod-2.0, cc-by-4.0, cc0-1.0", body, StringComparison.Ordinal);
        Assert.Contains("contactEmail", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_NotAnAdministratorOrAUnit_Forbidden()
    {
        var officer = await app.ApiFor(OrgNo.Oslo, Roles.FollowUpOfficer);
        var unitAdmin = await app.ApiFor(OrgNo.Oslobygg, Roles.BuyerAdmin);

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PutAsJsonAsync("/api/v1/open-data/settings", new { published = false })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unitAdmin.GetAsync("/api/v1/open-data/settings")).StatusCode);
        var browser = await app.SignedIn("oslo-oppfolger@demo.klimaspor.no");
        Assert.NotEqual(HttpStatusCode.OK, (await browser.GetAsync("/OpenData/Settings")).StatusCode);
    }

    [Fact]
    public async Task SettingsPage_Administrator_ShowsThatOsloPublishes()
    {
        var browser = await app.SignedIn("oslo-admin@demo.klimaspor.no");

        var page = await browser.GetStringAsync("/OpenData/Settings");

        Assert.Contains("Oslo kommune publiserer tallene sine nå", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/open-data/{OrgNo.Oslo}/figures.csv\"", page, StringComparison.Ordinal);
    }
}

public sealed class OpenDataOnSqliteTests(SqliteApp app) : OpenDataTests(app), IClassFixture<SqliteApp>;

public sealed class OpenDataOnPostgresTests(PostgresApp app) : OpenDataTests(app), IClassFixture<PostgresApp>;
