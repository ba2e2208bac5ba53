using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Klimaspor.Data;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Requirements;
using Klimaspor.Features.Deviations;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;
using static Klimaspor.Data.DemoData;

namespace Klimaspor.Tests;

/// <summary>
/// Issue 14's money rules over HTTP: a cumulative requirement charges its shortfall once across deviations, a
/// contract's cap on total sanctions limits proposals and confirmations, and a requirement's sanction must carry what
/// its arithmetic needs (the bid's award model, per tonne or per kilogram).
/// </summary>
public abstract class SanctionMoneyTests(KlimasporApp app, TestClock clock)
{
    /// <summary>Rehabilitering av Hasle skole: Oslobygg KF's, with Fjordbygg as supplier; no demo deviations.</summary>
    private const string Hasle = "OBF-2025-003";

    /// <summary>Tilbygg Bjørnholt skole: Oslobygg KF's; the cap test has it to itself, as a cap spans all of a contract's deviations.</summary>
    private const string Bjornholt = "OBF-2025-021";

    private static RequirementRule Rule(string key, RequirementWindow window) => new()
    {
        Key = key,
        ClauseText = "Minst 90 % av maskintimene skal være utslippsfrie, regnet fra kontraktens start.",
        Kind = RequirementKind.Promise,
        Metric = MetricCatalogue.Find(MetricCatalogue.ZeroEmissionMachineHourShare)!.Definition,
        Comparison = Comparison.AtLeast,
        Threshold = 0.9m,
        Window = window,
    };

    private static WindowVerdict Failing(string window, decimal fineToDate) => new()
    {
        Window = window,
        Status = ComplianceStatus.NotMet,
        Measured = 0.7m,
        Threshold = 0.9m,
        EffectiveThreshold = 0.9m,
        Sanction = new SanctionProposal
        {
            Kind = SanctionKind.PerUnitOfShortfall,
            AmountNok = fineToDate,
            Arithmetic = [new Explanation(MessageKeys.SanctionPerUnit, 20m, fineToDate / 20m, fineToDate)],
        },
    };

    /// <param name="later">How long after now the evaluation runs (the cap takes deviations in the order they were opened).</param>
    private Task<int> Reconcile(Guid contractId, RequirementRule rule, TimeSpan later, params WindowVerdict[] verdicts) => app.WithDb(async db =>
    {
        // The cap as the evaluation reads it: from the contract, where the test sets it over the API.
        var cap = await db.Contracts.Where(c => c.Id == contractId).Select(c => c.SanctionCapNok).SingleAsync();
        await ReconcileDeviations.Handle(db, contractId, [new RequirementCompliance { Requirement = rule, Verdicts = verdicts, Current = verdicts[^1] }],
            cap, clock.UtcNow + later);
        await db.SaveChangesAsync();
        return 0;
    });

    private Task<List<Deviation>> DeviationsOf(Guid contractId, string key) =>
        app.WithDb(db => db.Deviations.AsNoTracking().Where(d => d.ContractId == contractId && d.RequirementKey == key).OrderBy(d => d.OpenedAt).ToListAsync());

    private static async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private Task<HttpClient> Buyer() => app.ApiFor(OrgNo.Oslobygg, Roles.FollowUpOfficer);

    private static Task<HttpResponseMessage> Close(HttpClient buyer, Guid contractId, Guid id, decimal amount, string? reason = null) =>
        buyer.PostAsJsonAsync($"/api/v1/contracts/{contractId}/deviations/{id}/close",
            new { resolution = "sanctioned", comment = "Sanksjon etter punkt 4.3.", confirmedAmountNok = amount, amountReason = reason });

    [Fact]
    public async Task CumulativeRequirement_ClosedAtAnotherAmountThenFailingAgain_ProposesOnlyWhatWasNotCharged()
    {
        var contractId = await app.ContractId(Hasle);
        var rule = Rule("test-cumulative-" + Guid.NewGuid().ToString("N")[..8], RequirementWindow.Cumulative);
        var buyer = await Buyer();

        await Reconcile(contractId, rule, TimeSpan.Zero, Failing("2026-03", 30_000m));
        var march = Assert.Single(await DeviationsOf(contractId, rule.Key));
        Assert.Equal(30_000m, march.ProposedAmountNok);
        Assert.Equal(HttpStatusCode.OK, (await Close(buyer, contractId, march.Id, 20_000m, "Redusert etter dialog.")).StatusCode);

        // May: 80 000 to date. March charged 20 000, so 60 000 is proposed (March's 10 000 not charged is proposed again).
        await Reconcile(contractId, rule, TimeSpan.Zero, Failing("2026-03", 30_000m), Failing("2026-05", 80_000m));
        var may = (await DeviationsOf(contractId, rule.Key))[^1];
        Assert.NotEqual(march.Id, may.Id);
        Assert.Equal(60_000m, may.ProposedAmountNok);

        var view = await Json(await buyer.GetAsync($"/api/v1/contracts/{contractId}/deviations/{may.Id}?culture=en"));
        var proposal = view.GetProperty("proposedSanction");
        Assert.Equal(60_000m, proposal.GetProperty("amountNok").GetDecimal());
        Assert.Equal(20_000m, proposal.GetProperty("earlierChargesNok").GetDecimal());
        Assert.Equal(80_000m, proposal.GetProperty("toDateNok").GetDecimal());
    }

    [Fact]
    public async Task ContractCap_ProposalsStopAtItAndAConfirmationBeyondItIsRefused()
    {
        var contractId = await app.ContractId(Bjornholt);
        var buyer = await Buyer();
        var url = $"/api/v1/contracts/{contractId}";

        // The cap is set over the API like any other field of the contract.
        var details = await buyer.GetAsync(url);
        var body = await Json(details);
        object Draft(decimal? cap) => new
        {
            reference = body.GetProperty("reference").GetString(),
            title = body.GetProperty("title").GetString(),
            buyerUnitId = body.GetProperty("buyer").GetProperty("id").GetGuid(),
            supplierOrgNo = body.GetProperty("supplier").GetProperty("orgNo").GetString(),
            subcontractorOrgNos = body.GetProperty("subcontractors").EnumerateArray().Select(s => s.GetProperty("orgNo").GetString()).ToArray(),
            category = body.GetProperty("category").GetString(),
            sites = body.GetProperty("sites").EnumerateArray().Select(s => new { name = s.GetProperty("name").GetString() }).ToArray(),
            startDate = body.GetProperty("startDate").GetString(),
            endDate = body.GetProperty("endDate").GetString(),
            valueNok = body.GetProperty("valueNok").GetDecimal(),
            sanctionCapNok = cap,
        };
        HttpRequestMessage Put(decimal? cap, string etag) => new(HttpMethod.Put, url) { Content = JsonContent.Create(Draft(cap)), Headers = { IfMatch = { new(etag) } } };

        var negative = await buyer.SendAsync(Put(-5m, details.Headers.ETag!.Tag));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, negative.StatusCode);
        Assert.Equal("sanctionCapNok", (await Json(negative)).GetProperty("errors")[0].GetProperty("column").GetString());
        var set = await buyer.SendAsync(Put(100_000m, details.Headers.ETag!.Tag));
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(100_000m, (await Json(set)).GetProperty("sanctionCapNok").GetDecimal());

        // Each period not met costs 40 000: the first two proposals fit, the third gets the 20 000 left.
        var first = Rule("test-cap-a-" + Guid.NewGuid().ToString("N")[..6], RequirementWindow.EachPeriod);
        var second = Rule("test-cap-b-" + Guid.NewGuid().ToString("N")[..6], RequirementWindow.EachPeriod);
        await Reconcile(contractId, first, TimeSpan.Zero, Failing("2026-04", 40_000m), Failing("2026-05", 40_000m));
        await Reconcile(contractId, second, TimeSpan.FromSeconds(1), Failing("2026-05", 40_000m));
        Assert.Equal(80_000m, Assert.Single(await DeviationsOf(contractId, first.Key)).ProposedAmountNok);
        var limited = Assert.Single(await DeviationsOf(contractId, second.Key));
        Assert.Equal(20_000m, limited.ProposedAmountNok);
        var view = await Json(await buyer.GetAsync($"/api/v1/contracts/{contractId}/deviations/{limited.Id}"));
        Assert.Equal(40_000m, view.GetProperty("proposedSanction").GetProperty("beforeContractCapNok").GetDecimal());

        // Confirming 80 000 on the first leaves 20 000 of the cap, so 30 000 on the second is refused and nothing changes.
        var firstId = (await DeviationsOf(contractId, first.Key))[0].Id;
        Assert.Equal(HttpStatusCode.OK, (await Close(buyer, contractId, firstId, 80_000m)).StatusCode);
        var beyond = await Close(buyer, contractId, limited.Id, 30_000m, "Skjønnsmessig økt.");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, beyond.StatusCode);
        Assert.Equal("confirmedAmountNok", (await Json(beyond)).GetProperty("errors")[0].GetProperty("column").GetString());
        Assert.Equal(DeviationStatus.Open, (await DeviationsOf(contractId, second.Key))[0].Status);
        Assert.Equal(HttpStatusCode.OK, (await Close(buyer, contractId, limited.Id, 20_000m)).StatusCode);
    }

    [Fact]
    public async Task RequirementSanction_PromiseWithoutAwardModelOrCo2eWithoutUnit_RefusedAtTheField()
    {
        var buyer = await app.ApiFor(OrgNo.Oslobygg, Roles.FollowUpOfficer);
        var url = $"/api/v1/contracts/{await app.ContractId(Hasle)}/requirements";
        var catalogue = await Json(await buyer.GetAsync("/api/v1/requirements/catalogue"));
        JsonElement Metric(string code) => catalogue.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("code").GetString() == code).GetProperty("definition");
        object Promise(object sanction) => new
        {
            rule = new
            {
                key = "tilbud-" + Guid.NewGuid().ToString("N")[..6],
                clauseText = "Leverandøren har tilbudt at minst 90 % av maskintimene skal være utslippsfrie.",
                kind = "Promise",
                metric = Metric(MetricCatalogue.ZeroEmissionMachineHourShare),
                comparison = "AtLeast",
                threshold = 0.9,
                window = "WholeContract",
                sanction,
            },
        };

        var noModel = await buyer.PostAsJsonAsync(url, Promise(new { kind = "PromiseMissed", bidPriceNok = 30_000_000, evaluatedPriceNok = 28_800_000, multiple = 1.5 }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noModel.StatusCode);
        Assert.EndsWith("sanction.awardPoints", (await Json(noModel)).GetProperty("errors")[0].GetProperty("column").GetString(), StringComparison.Ordinal);

        var withModel = await buyer.PostAsJsonAsync(url, Promise(new
        {
            kind = "PromiseMissed",
            awardPoints = new[] { new { value = 0.8, advantageNok = 0 }, new { value = 0.9, advantageNok = 1_200_000 } },
            awardInterpolation = "Linear",
            multiple = 1.5,
        }));
        Assert.Equal(HttpStatusCode.Created, withModel.StatusCode);

        var co2eNoUnit = await buyer.PostAsJsonAsync(url, new
        {
            rule = new
            {
                key = "co2e-tak-maaned-" + Guid.NewGuid().ToString("N")[..6],
                clauseText = "Utslippene skal ikke overstige 20 tonn CO2e i måneden.",
                kind = "MinimumRequirement",
                metric = Metric(MetricCatalogue.Co2eTerritorial),
                comparison = "AtMost",
                threshold = 20_000,
                window = "EachPeriod",
                sanction = new { kind = "PerUnitOfShortfall", amountNok = 2_000 },
            },
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, co2eNoUnit.StatusCode);
        Assert.EndsWith("sanction.perUnit", (await Json(co2eNoUnit)).GetProperty("errors")[0].GetProperty("column").GetString(), StringComparison.Ordinal);
    }
}

public sealed class SanctionMoneyOnSqliteTests(ClockedSqliteApp app) : SanctionMoneyTests(app, app.Clock), IClassFixture<ClockedSqliteApp>;

public sealed class SanctionMoneyOnPostgresTests(ClockedPostgresApp app) : SanctionMoneyTests(app, app.Clock), IClassFixture<ClockedPostgresApp>;
