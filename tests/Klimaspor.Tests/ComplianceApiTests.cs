using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;
using static Klimaspor.Data.DemoData;

namespace Klimaspor.Tests;

/// <summary>Compliance after reports, on demand and over time; what needs attention across a buyer's contracts.</summary>
public abstract class ComplianceApiTests(KlimasporApp app)
{
    private static async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private async Task<string> ContractUrl(string reference) => $"/api/v1/contracts/{await app.ContractId(reference)}";

    private static JsonElement Requirement(JsonElement compliance, string key) =>
        compliance.GetProperty("requirements").EnumerateArray().Single(r => r.GetProperty("key").GetString() == key);

    private static JsonElement Verdict(JsonElement requirement, string window) =>
        requirement.GetProperty("verdicts").EnumerateArray().Single(v => v.GetProperty("window").GetString() == window);

    [Fact]
    public async Task Submission_FailingOslo2025_NotMetNamingTheDieselMachine_ThenApprovalEvaluatesAgain()
    {
        var buyer = await app.ApiFor(OrgNo.Oslobygg, Roles.FollowUpOfficer);
        var supplier = await Demo.Supplier(app);
        var contract = await ContractUrl("OBF-2025-003");
        Assert.Equal(HttpStatusCode.Created, (await buyer.PostAsJsonAsync(contract + "/requirements", new { preset = "oslo-2025-utslippsfri-byggeplass" })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await supplier.PutDraftAsync(contract + "/reports/2026-03", new
        {
            machines = new object[]
            {
                // Hired from Grønn Maskinutleie, the contract's subcontractor: the month is complete (issue 14 item 6).
                new { machineId = "VOLVO-A30G-5521", ownerOrgNo = OrgNo.GronnMaskin, machineType = "dumper", weightTonnes = 24, energyCarrier = "diesel",
                    emissionClass = "stage-v", operatingHours = 120, idleHours = 30, fuelLitres = 1480, dataSource = "tankanlegg" },
                new { machineId = "VOLVO-EC230E-1042", machineType = "gravemaskin", weightTonnes = 23, energyCarrier = "el-kabel",
                    operatingHours = 168, idleHours = 31, electricityKwh = 6720, dataSource = "telematikk" },
            },
        })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supplier.PostAsync(contract + "/reports/2026-03/submit", null)).StatusCode);

        var compliance = await Json(await buyer.GetAsync(contract + "/compliance?culture=en"));
        Assert.Equal("submitted 2026-03 v1", compliance.GetProperty("trigger").GetString());
        var machines = Requirement(compliance, "oslo-2025-maskiner-utslippsfrie");
        var march = Verdict(machines, "2026-03");
        Assert.Equal("NotMet", march.GetProperty("status").GetString());
        // Every machine must be zero-emission: one diesel dumper breaks it, however few of the 288 hours it ran.
        Assert.Equal(1m, march.GetProperty("measured").GetDecimal());
        Assert.Equal(0m, march.GetProperty("threshold").GetDecimal());
        Assert.Equal(["VOLVO-A30G-5521"], march.GetProperty("offenders").EnumerateArray().Select(o => o.GetString()).ToList());
        var explanation = march.GetProperty("explanation").EnumerateArray().ToList();
        Assert.Contains(explanation, e => e.GetProperty("text").GetString()!.Contains("VOLVO-A30G-5521", StringComparison.Ordinal));
        Assert.All(explanation, e => Assert.False(string.IsNullOrEmpty(e.GetProperty("messageKey").GetString())));
        Assert.Equal("Count", machines.GetProperty("unit").GetString());
        // A period nobody has reported yet is not assessable once its report is due; one in the future is not due.
        Assert.Equal("CannotAssess", Verdict(machines, "2026-02").GetProperty("status").GetString());
        // Hasle's last month, December 2026, is due on 10 January 2027; this app runs on the real clock.
        var beforeDue = DateTime.UtcNow < new DateTime(2027, 1, 10, 22, 0, 0, DateTimeKind.Utc);
        Assert.Equal(beforeDue ? "NotYetDue" : "CannotAssess", Verdict(machines, "2026-12").GetProperty("status").GetString());
        var contractId = await app.ContractId("OBF-2025-003");
        Assert.True(await app.WithDb(db => db.ReportSubmissions.AnyAsync(s => s.Facts != null && db.Reports.Any(r => r.Id == s.ReportId && r.ContractId == contractId))));

        Assert.Equal(HttpStatusCode.OK, (await buyer.PostAsync(contract + "/reports/2026-03/approve", null)).StatusCode);
        var history = await Json(await supplier.GetAsync(contract + "/compliance/history"));
        Assert.Equal(["approved 2026-03", "submitted 2026-03 v1", "requirements"],
            history.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("trigger").GetString()).ToList());
        var afterApproval = await Json(await buyer.GetAsync(contract + "/compliance"));
        Assert.Equal("NotMet", Verdict(Requirement(afterApproval, "oslo-2025-maskiner-utslippsfrie"), "2026-03").GetProperty("status").GetString());
    }

    [Fact]
    public async Task ComposedRequirement_OnANewMetricAndScope_EvaluatedEndToEndWithoutCodeChanges()
    {
        var buyer = await Demo.Buyer(app);
        var supplier = await app.ApiFor(OrgNo.Elvedal, Roles.SupplierReporter);
        var contract = await ContractUrl("OK-2025-090");

        // A metric no catalogue entry has: the share of van km on electricity or biogas, for goods deliveries only.
        var added = await buyer.PostAsJsonAsync(contract + "/requirements", new
        {
            rule = new
            {
                key = "varebil-el-eller-biogass",
                clauseText = "Minst halvparten av kjøringen med varebil til barnehager og skoler skal skje med elektrisk eller biogass.",
                kind = "ContractCondition",
                metric = new
                {
                    code = "varebil-km-el-eller-biogass",
                    lineKind = "Vehicle",
                    aggregate = "Share",
                    quantity = "Kilometres",
                    condition = new { energyClasses = new[] { "ZeroEmission", "Biogas" } },
                },
                scope = new { types = new[] { "varebil" }, purposes = new[] { "varelevering" } },
                comparison = "AtLeast",
                threshold = 0.5,
                window = "EachPeriod",
            },
        });
        Assert.True(added.StatusCode == HttpStatusCode.Created, await added.Content.ReadAsStringAsync());

        object Van(string regNo, string type, string carrier, decimal km, decimal? litres = null, decimal? kwh = null) => new
        {
            regNo,
            vehicleType = type,
            purpose = "varelevering",
            energyCarrier = carrier,
            emissionClass = carrier == "diesel" ? "euro-vi" : null,
            distanceKm = km,
            fuelLitres = litres,
            electricityKwh = kwh,
            dataSource = "telematikk",
        };
        var draft = await supplier.PutDraftAsync(contract + "/reports/2026-02", new
        {
            vehicles = new[]
            {
                Van("EL11223", "varebil", "el-batteri", 300, kwh: 60),
                Van("DK44556", "varebil", "diesel", 700, litres: 56),
                // Not a van: outside the requirement's scope however far it drove.
                Van("LB77889", "lastebil", "diesel", 1000, litres: 280),
            },
        });
        Assert.True(draft.StatusCode == HttpStatusCode.OK, await draft.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await supplier.PostAsync(contract + "/reports/2026-02/submit", null)).StatusCode);

        var requirement = Requirement(await Json(await buyer.GetAsync(contract + "/compliance")), "varebil-el-eller-biogass");
        var february = Verdict(requirement, "2026-02");
        Assert.Equal("NotMet", february.GetProperty("status").GetString());
        Assert.Equal(0.3m, february.GetProperty("measured").GetDecimal());
        Assert.Equal("varebil-km-el-eller-biogass", requirement.GetProperty("metricName").GetString());
        var offenders = february.GetProperty("offenders").EnumerateArray().Select(o => o.GetString()).ToList();
        Assert.Contains("DK44556", offenders);
        Assert.DoesNotContain("LB77889", offenders);
    }

    [Fact]
    public async Task Evaluations_KeptAsHistory_EachReadableAsItWas_OnlyTheBuyersEditorsEvaluateOnDemand()
    {
        var buyer = await app.ApiFor(OrgNo.Bymiljoetaten, Roles.FollowUpOfficer);
        var contract = await ContractUrl("BYM-2024-112");
        var before = (await Json(await buyer.GetAsync(contract + "/compliance/history"))).GetProperty("total").GetInt32();

        var evaluated = await buyer.PostAsync(contract + "/compliance/evaluate", null);
        Assert.Equal(HttpStatusCode.Created, evaluated.StatusCode);
        var run = await Json(evaluated);
        Assert.Equal("on-demand", run.GetProperty("trigger").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiFor(OrgNo.Nordlys, Roles.SupplierReporter)).PostAsync(contract + "/compliance/evaluate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiFor(OrgNo.Oslo, Roles.Analyst)).PostAsync(contract + "/compliance/evaluate", null)).StatusCode);

        var history = await Json(await buyer.GetAsync(contract + "/compliance/history?pageSize=1"));
        Assert.Equal(before + 1, history.GetProperty("total").GetInt32());
        Assert.Equal(1, history.GetProperty("items").GetArrayLength());
        var oldest = await Json(await buyer.GetAsync(contract + $"/compliance/history?pageSize=1&page={before + 1}"));
        var firstRun = await Json(await buyer.GetAsync(contract + "/compliance/history/" + oldest.GetProperty("items")[0].GetProperty("id").GetString()));
        Assert.Equal("requirements", firstRun.GetProperty("trigger").GetString());
        Assert.Equal(run.GetProperty("requirements").GetArrayLength(), firstRun.GetProperty("requirements").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await buyer.GetAsync(contract + "/compliance/history/" + Guid.NewGuid())).StatusCode);
    }

    [Fact]
    public async Task Evaluate_DemoReportsOfRegContract_TransportMetAsShownBefore()
    {
        var buyer = await Demo.Buyer(app);
        var contract = await ContractUrl("REG-2023-004");
        var before = await Json(await buyer.GetAsync(contract + "/compliance"));

        var after = await Json(await buyer.PostAsync(contract + "/compliance/evaluate", null));

        var transport = "oslo-2025-transport-utslippsfri-eller-biogass";
        Assert.Equal(Verdict(Requirement(before, transport), "2026-10").GetRawText(), Verdict(Requirement(after, transport), "2026-10").GetRawText());
        Assert.Equal("Met", Verdict(Requirement(after, transport), "2026-10").GetProperty("status").GetString());
    }

    private static readonly string[] Severity =
        ["NotMet", "DeviationOverdue", "ReportOverdue", "WaiverAwaitingAssessment", "WaiverAwaitingDecision", "HeadingForFailure", "CannotAssess"];

    [Fact]
    public async Task Attention_OverdueDeviationsAndWaiversAwaiting_ListedWithWhereToAct_OnlyForTheirOwnBuyer()
    {
        var oslo = await Demo.Buyer(app);
        var okern = await app.ContractId("OBF-2024-017");
        var ring2 = await app.ContractId("BYM-2024-112");
        var hasle = await app.ContractId("OBF-2025-003");

        var items = (await Json(await oslo.GetAsync("/api/v1/compliance/attention?pageSize=200"))).GetProperty("items").EnumerateArray().ToList();
        string Text(JsonElement item) => string.Join(" ", item.GetProperty("explanation").EnumerateArray().Select(e => e.GetProperty("text").GetString()));

        // Økern (demo data, dated from the clock at seeding): the idle deviation unanswered past its deadline, and the
        // dumper deviation answered but past the corrective action's date.
        var deviations = items.Where(i => i.GetProperty("kind").GetString() == "DeviationOverdue").ToList();
        var idle = Assert.Single(deviations, i => i.GetProperty("requirementKey").GetString() == "tilbud-tomgang-maks-15");
        Assert.Equal(okern, idle.GetProperty("contractId").GetGuid());
        Assert.Contains("svarfristen gikk ut", Text(idle), StringComparison.Ordinal);
        var dumper = Assert.Single(deviations, i => i.GetProperty("requirementKey").GetString() == "oslo-2025-maskiner-utslippsfrie");
        Assert.Contains("Tiltaket skulle vært gjennomført innen", Text(dumper), StringComparison.Ordinal);
        Assert.Contains("Volvo TA15", Text(dumper), StringComparison.Ordinal);
        var ids = await app.WithDb(db => db.Deviations.Where(d => d.ContractId == okern).Select(d => d.Id).ToListAsync());
        Assert.All(deviations.Where(d => d.GetProperty("contractId").GetGuid() == okern),
            d => Assert.Contains(d.GetProperty("link").GetString(), ids.Select(id => $"/Contracts/{okern}/Deviations/{id}")));

        // Waivers: Hasle's awaits the advisor's assessment, Ring 2's the administrator's decision; each links to the waiver.
        var decision = Assert.Single(items, i => i.GetProperty("kind").GetString() == "WaiverAwaitingDecision");
        var ring2Waiver = await app.WithDb(db => db.Waivers.Where(w => w.Reference == "FRAVIK-2026-0005").Select(w => w.Id).SingleAsync());
        Assert.Equal($"/Contracts/{ring2}/Waivers/{ring2Waiver}", decision.GetProperty("link").GetString());
        Assert.StartsWith("FRAVIK-2026-0005: VOGELE-1900-3, 01.10.2026–31.10.2026", Text(decision), StringComparison.Ordinal);
        var assessment = Assert.Single(items, i => i.GetProperty("kind").GetString() == "WaiverAwaitingAssessment");
        Assert.Equal(hasle, assessment.GetProperty("contractId").GetGuid());
        Assert.StartsWith($"/Contracts/{hasle}/Waivers/", assessment.GetProperty("link").GetString(), StringComparison.Ordinal);

        // Each buyer sees its own contracts' cases only: Bymiljøetaten its waiver, not Oslobygg's; Asker nothing of Oslo's.
        var bym = (await Json(await (await app.ApiFor(OrgNo.Bymiljoetaten, Roles.FollowUpOfficer)).GetAsync("/api/v1/compliance/attention?pageSize=200")))
            .GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(bym, i => i.GetProperty("kind").GetString() == "WaiverAwaitingDecision");
        Assert.DoesNotContain(bym, i => i.GetProperty("kind").GetString() is "WaiverAwaitingAssessment" or "DeviationOverdue");
        var asker = (await Json(await (await app.ApiFor(OrgNo.Asker, Roles.FollowUpOfficer)).GetAsync("/api/v1/compliance/attention?pageSize=200")))
            .GetProperty("items").EnumerateArray().ToList();
        Assert.DoesNotContain(asker, i => i.GetProperty("kind").GetString() is "WaiverAwaitingAssessment" or "WaiverAwaitingDecision" or "DeviationOverdue");
        Assert.All(asker, i => Assert.StartsWith("ASK-", i.GetProperty("reference").GetString()));
    }

    [Fact]
    public async Task Attention_ASupplier_IsRefusedTheBuyersList()
    {
        var supplier = await Demo.Supplier(app);

        var response = await supplier.GetAsync("/api/v1/compliance/attention");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("OBF-2024-017", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Attention_TheBuyerSeesWhatFailsAndWhatIsOverdue_MostSevereFirst_OthersSeeNoneOfIt()
    {
        var oslobygg = await app.ApiFor(OrgNo.Oslobygg, Roles.FollowUpOfficer);

        var attention = await Json(await oslobygg.GetAsync("/api/v1/compliance/attention?pageSize=200"));

        var items = attention.GetProperty("items").EnumerateArray().ToList();
        var kinds = items.Select(i => i.GetProperty("kind").GetString()).ToList();
        Assert.Equal("NotMet", kinds[0]);
        Assert.Equal(kinds.OrderBy(k => Array.IndexOf(Severity, k)).ToList(), kinds);
        Assert.All(kinds, k => Assert.Contains(k, Severity));
        var okern = items.Where(i => i.GetProperty("reference").GetString() == "OBF-2024-017").ToList();
        Assert.Contains(okern, i => i.GetProperty("kind").GetString() == "NotMet" && i.GetProperty("requirementKey").GetString() == "oslo-2025-maskiner-utslippsfrie"
            && i.GetProperty("explanation").EnumerateArray().Any(e => e.GetProperty("text").GetString()!.Contains("VOLVO-A30G-5521", StringComparison.Ordinal)));
        Assert.Contains(okern, i => i.GetProperty("kind").GetString() == "ReportOverdue");
        Assert.DoesNotContain(items, i => i.GetProperty("reference").GetString()!.StartsWith("BYM-", StringComparison.Ordinal));

        var paged = await Json(await oslobygg.GetAsync("/api/v1/compliance/attention?pageSize=1&page=2"));
        Assert.Equal(attention.GetProperty("total").GetInt32(), paged.GetProperty("total").GetInt32());
        Assert.Equal(items[1].GetRawText(), paged.GetProperty("items")[0].GetRawText());

        var asker = await Json(await (await app.ApiFor(OrgNo.Asker, Roles.FollowUpOfficer)).GetAsync("/api/v1/compliance/attention?pageSize=200"));
        Assert.All(asker.GetProperty("items").EnumerateArray(), i => Assert.StartsWith("ASK-", i.GetProperty("reference").GetString()));
    }
}

public sealed class ComplianceApiOnSqliteTests(SqliteApp app) : ComplianceApiTests(app), IClassFixture<SqliteApp>;

public sealed class ComplianceApiOnPostgresTests(PostgresApp app) : ComplianceApiTests(app), IClassFixture<PostgresApp>;
