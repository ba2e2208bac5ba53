using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Klimaspor.Data;
using Klimaspor.Domain.Transport;
using Klimaspor.Features.Reports;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Tests;

/// <summary>
/// Issue 17 items 1 and 2 over HTTP: every contract carries its CPV code and BuyZET footprint category; a vehicle line
/// with km and no fuel is accepted, calculated from the consumption table and marked distance-based; a km-only line no
/// consumption row covers, and laden km above the distance, are refused where they are, and nothing is stored.
/// </summary>
public abstract class TransportFootprintTests(KlimasporApp app)
{
    private static async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private async Task<string> Url(string period) => $"/api/v1/contracts/{await app.ContractId("OBF-2024-017")}/reports/{period}";

    [Fact]
    public async Task Contracts_ListAndDetails_CarryCpvCodeAndFootprintCategory()
    {
        var buyer = await Demo.Buyer(app);
        var id = await app.ContractId("REG-2023-004");

        var page = await Json(await buyer.GetAsync("/api/v1/contracts?pageSize=100"));
        var listed = page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("reference").GetString() == "REG-2023-004");
        var details = await Json(await buyer.GetAsync($"/api/v1/contracts/{id}"));

        Assert.Equal(("90511000-2", "leveranse"), (listed.GetProperty("cpvCode").GetString(), listed.GetProperty("footprintCategory").GetString()));
        Assert.Equal(("90511000-2", "leveranse"), (details.GetProperty("cpvCode").GetString(), details.GetProperty("footprintCategory").GetString()));
    }

    [Fact]
    public async Task Contracts_OwnFleetCreatedAndBadCpvRefusedAtItsField()
    {
        var buyer = await Demo.Buyer(app);
        var unit = await app.WithDb(db => db.Organisations.Where(o => o.OrgNo == DemoData.OrgNo.Renovasjonsetaten).Select(o => o.Id).SingleAsync());
        object Body(string reference, string cpv) => new
        {
            reference,
            title = "Renovasjonsetatens egne renovasjonsbiler",
            buyerUnitId = unit,
            supplierOrgNo = DemoData.OrgNo.RenBy,
            category = "renovasjon",
            cpvCode = cpv,
            footprintCategory = "egen-bilpark",
            startDate = "2026-01-01",
            endDate = "2026-12-31",
            valueNok = 0m,
        };

        var created = await buyer.PostAsJsonAsync("/api/v1/contracts", Body("REG-FLÅTE-2026", "34144510-6"));
        var refused = await buyer.PostAsJsonAsync("/api/v1/contracts", Body("REG-FLÅTE-2027", "3414451"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var read = await Json(await buyer.GetAsync(created.Headers.Location));
        Assert.Equal(("34144510-6", "egen-bilpark"), (read.GetProperty("cpvCode").GetString(), read.GetProperty("footprintCategory").GetString()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(["cpvCode"], (await Json(refused)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("column").GetString()));
    }

    [Fact]
    public async Task Report_KmOnlyVehicleLine_AcceptedCalculatedAndMarkedDistanceBased()
    {
        var supplier = await Demo.Supplier(app);
        var url = await Url("2025-10");
        var body = new
        {
            vehicles = new object[]
            {
                new { regNo = "EK 12345", vehicleType = "lastebil", purpose = "massetransport", energyCarrier = "diesel", emissionClass = "euro-vi",
                    trips = 10, distanceKm = 200m, ladenKm = 100m, weightClass = "tung", loadLevel = "full", loadTonnes = 80m, dataSource = "manuell" },
                new { regNo = "EL 23456", vehicleType = "varebil", purpose = "tjeneste", energyCarrier = "diesel", emissionClass = "euro-6",
                    distanceKm = 400m, fuelLitres = 30m, dataSource = "manuell" },
            },
        };

        var draft = await supplier.PutDraftAsync(url, body);
        Assert.True(draft.StatusCode == HttpStatusCode.OK, await draft.Content.ReadAsStringAsync());
        var submitted = await supplier.PostAsync(url + "/submit", null);

        Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
        var totals = (await Json(submitted)).GetProperty("submissions")[0].GetProperty("totals");
        Assert.Equal(1, totals.GetProperty("distanceBasedVehicleLines").GetInt32());
        Assert.Equal(200m, totals.GetProperty("distanceBasedKm").GetDecimal());
        // Laden leg 100 km × 4.214 + empty leg 100 km × 2.928 kWh/km (DESNZ 2023 rigid > 17 t) = 714.2 kWh; the reported van's
        // 30 l × 10.056 kWh/l = 301.68 kWh; tonne-km 80 t ÷ 10 trips × 100 laden km = 800.
        Assert.Equal(714.2m + 301.68m, totals.GetProperty("energy").GetDecimal());
        Assert.Equal(800m, totals.GetProperty("tonneKm").GetDecimal());
        var lines = await app.WithDb(async db =>
        {
            var contractId = await app.ContractId("OBF-2024-017");
            var submission = await db.ReportSubmissions
                .Where(s => db.Reports.Any(r => r.Id == s.ReportId && r.ContractId == contractId && r.Period == "2025-10"))
                .Select(s => new { s.ResultJson, s.CalculatedLines }).SingleAsync();
            return ReportStore.Result(submission.ResultJson, submission.CalculatedLines).Lines;
        });
        Assert.Equal([ActivityMethod.Distance, ActivityMethod.Fuel], lines.Select(l => l.Method));
        Assert.Equal("vehicle-consumption v1: lastebil/tung/full/diesel + lastebil/tung/tom/diesel", lines[0].ConsumptionRow);
    }

    [Fact]
    public async Task Report_KmOnlyOnGridElectricityOrLadenAboveKm_RefusedLocatedNothingStored()
    {
        var supplier = await Demo.Supplier(app);
        var url = await Url("2025-09");

        var response = await supplier.PutDraftAsync(url, new
        {
            vehicles = new object[]
            {
                new { regNo = "EL 23456", vehicleType = "varebil", purpose = "tjeneste", energyCarrier = "el-nett", distanceKm = 400m, dataSource = "manuell" },
                new { regNo = "EK 12345", vehicleType = "lastebil", purpose = "massetransport", energyCarrier = "diesel", emissionClass = "euro-vi",
                    distanceKm = 200m, ladenKm = 250m, dataSource = "manuell" },
            },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await Json(response)).GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("sheet").GetString(), e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString())).ToList();
        Assert.Equal([("vehicles", 1, "electricityKwh"), ("vehicles", 2, "ladenKm")], errors);
        var contractId = await app.ContractId("OBF-2024-017");
        Assert.False(await app.WithDb(db => db.Reports.AnyAsync(r => r.ContractId == contractId && r.Period == "2025-09")));
    }

    [Fact]
    public async Task SpendDefaults_BuyerEntersOneWithItsSource_ReadBackAndWithoutSourceRefusedAtIt()
    {
        var buyer = await Demo.Buyer(app);
        var supplier = await Demo.Supplier(app);
        var body = new
        {
            category = "reparasjon-og-service",
            tripsPerMnok = 300m,
            kmPerMnok = 12_000m,
            kgCo2eTerritorialPerMnok = 9_000m,
            kgCo2eLifeCyclePerMnok = 10_000m,
            source = "REG kjørebøker 2025, innsamling Groruddalen"
        };

        var saved = await buyer.PutAsJsonAsync("/api/v1/organisations/me/spend-defaults", body);
        var withoutSource = await buyer.PutAsJsonAsync("/api/v1/organisations/me/spend-defaults", body with { category = "renovasjon", source = " " });
        var unknown = await buyer.PutAsJsonAsync("/api/v1/organisations/me/spend-defaults", body with { category = "romfart" });
        var bySupplier = await supplier.PutAsJsonAsync("/api/v1/organisations/me/spend-defaults", body);

        Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var read = (await Json(await buyer.GetAsync("/api/v1/organisations/me/spend-defaults"))).GetProperty("defaults");
        // Beside the demo's own default for goods deliveries (DemoTransport).
        Assert.Equal(["reparasjon-og-service", "varelevering"], read.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal((12_000m, "REG kjørebøker 2025, innsamling Groruddalen"),
            (read.GetProperty("reparasjon-og-service").GetProperty("kmPerMnok").GetDecimal(), read.GetProperty("reparasjon-og-service").GetProperty("source").GetString()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, withoutSource.StatusCode);
        Assert.Equal(["source"], (await Json(withoutSource)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("column").GetString()));
        Assert.Equal(["category"], (await Json(unknown)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("column").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, bySupplier.StatusCode);
    }
}

public sealed class TransportFootprintOnSqliteTests(SqliteApp app) : TransportFootprintTests(app), IClassFixture<SqliteApp>;

public sealed class TransportFootprintOnPostgresTests(PostgresApp app) : TransportFootprintTests(app), IClassFixture<PostgresApp>;
