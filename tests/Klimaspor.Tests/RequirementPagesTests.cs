using System.Net;
using System.Net.Http.Json;
using Klimaspor.Domain.Requirements;
using Klimaspor.Features.Compliance;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Tests;

/// <summary>Requirements and compliance in the browser without script: forms, errors beside fields, who may do what.</summary>
public sealed class RequirementPagesTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private async Task<string> Page(string reference, string rest) => $"/Contracts/{await app.ContractId(reference)}/{rest}";

    private static Dictionary<string, string> Composed(string key, string threshold) => new()
    {
        ["Form.Key"] = key,
        ["Form.ClauseText"] = "Minst 60 % av maskintimene for gravemaskiner fra 8 tonn skal være utslippsfrie.",
        ["Form.Kind"] = "ContractCondition",
        ["Form.Metric"] = "ze-machine-hour-share",
        ["Form.Comparison"] = "AtLeast",
        ["Form.Threshold"] = threshold,
        ["Form.Window"] = "EachPeriod",
        ["Form.Types"] = "gravemaskin",
        ["Form.MinWeightTonnes"] = "8",
        ["Form.Waivers"] = "AllLines",
    };

    [Fact]
    public async Task Buyer_AddsAPresetWithTheBidsValue_SeesItListedInPercent()
    {
        var buyer = await app.SignedIn("oslobygg@demo.klimaspor.no");
        var page = await Page("OBF-2025-021", "Requirements");

        var chosen = await buyer.GetStringAsync(page + "?preset=tilbudt-utslippsfri-andel");
        Assert.Contains("name=\"Parameters[andel]\"", chosen);
        Assert.Contains("value=\"90\"", chosen);

        var added = await KlimasporApp.PostForm(buyer, page + "?preset=tilbudt-utslippsfri-andel", page + "?handler=AddPreset",
            new() { ["Preset"] = "tilbudt-utslippsfri-andel", ["Parameters[andel]"] = "85" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var listed = await buyer.GetStringAsync(page);
        Assert.Contains("minst 85 %", listed);
        Assert.Contains("Tilbudt verdi", listed);
        Assert.Contains("Akkumulert til nå", listed);
    }

    [Fact]
    public async Task Buyer_ChoosesKriterieveiviseren_SeesEachClausesSourceSentenceAndTheBuyersAdditions()
    {
        var buyer = await app.SignedIn("oslobygg@demo.klimaspor.no");
        var page = await Page("OBF-2025-021", "Requirements");

        var chosen = await buyer.GetStringAsync(page + "?preset=kriterieveiviseren-bygg-og-anlegg");

        // The guide's own sentence, with its address (kriterieveiviseren.difi.no), and the Euro VI equivalence as an addition with its switch.
        Assert.Contains("Anleggsmaskiner som skal benyttes til oppdraget skal minimum tilfredsstille EU Steg IIIb-standardens krav til utslipp.", chosen);
        Assert.Contains("href=\"https://kriterieveiviseren.difi.no/nb/content/nb-utslippsreduksjon-fra-anleggsmaskiner-kjoretoy-og-utstyr\"", chosen);
        Assert.Contains("Oppdragsgivers tillegg, ikke i kilden", chosen);
        Assert.Contains("name=\"Parameters[euro-vi-som-stage-iiib]\"", chosen);
    }

    [Theory]
    [InlineData("kriterieveiviseren-minst-stage-iiib")]
    [InlineData("kriterieveiviseren-fossilfrie-maskiner")]
    [InlineData("kriterieveiviseren-biodrivstoff-uten-hoy-iluc")]
    public void EditForm_PresetRuleThroughTheForm_ComesBackUnchanged(string key)
    {
        // Editing a rule on the page must not drop what the form has no field for: the Euro VI addition on the
        // catalogue metric, the power band, the sporadic exception, the preset version.
        var rule = RequirementPresets.Build(RequirementPresets.Kriterieveiviseren, new Dictionary<string, decimal> { [RequirementPresets.PfadSwitch] = 0 })
            .Single(r => r.Key == key);
        var stored = new Data.ContractRequirement { Key = key, RuleJson = RequirementStore.Write(rule), ChangedBy = "test" };

        var (back, errors) = Features.Requirements.RequirementForm.From(stored).ToRule();

        Assert.Empty(errors);
        Assert.Equal(RequirementStore.Write(rule), RequirementStore.Write(back));
    }

    [Fact]
    public async Task Buyer_AddsOslo2019WithoutTheBidsShare_ToldToGiveIt_NothingStored()
    {
        var buyer = await app.SignedIn("oslobygg@demo.klimaspor.no");
        var page = await Page("OBF-2025-021", "Requirements");
        var contractId = await app.ContractId("OBF-2025-021");
        var before = await app.WithDb(db => db.Requirements.CountAsync(r => r.ContractId == contractId));

        var chosen = await buyer.GetStringAsync(page + "?preset=oslo-2019-fossilfri-byggeplass");
        var response = await KlimasporApp.PostForm(buyer, page + "?preset=oslo-2019-fossilfri-byggeplass", page + "?handler=AddPreset",
            new() { ["Preset"] = "oslo-2019-fossilfri-byggeplass", ["Parameters[andel]"] = "" });

        // The share is the bid's: the form offers no default for it.
        Assert.DoesNotContain("value=\"100\"", chosen);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"error-summary\"", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await app.WithDb(db => db.Requirements.CountAsync(r => r.ContractId == contractId)));
    }

    [Fact]
    public async Task Buyer_ComposesWithMistakes_ErrorsBesideTheFieldsAndInTheSummary_NothingStored()
    {
        var buyer = await app.SignedIn("oslobygg@demo.klimaspor.no");
        var page = await Page("OBF-2025-003", "Requirements/Edit");
        var contractId = await app.ContractId("OBF-2025-003");
        var before = await app.WithDb(db => db.Requirements.CountAsync(r => r.ContractId == contractId));

        var response = await KlimasporApp.PostForm(buyer, page, page, Composed("Feil nøkkel", "mye"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"error-summary\"", html);
        Assert.Contains("href=\"#threshold\"", html);
        Assert.Contains("id=\"threshold-error\"", html);
        Assert.Contains("aria-invalid=\"true\"", html);
        Assert.Contains("Feil nøkkel", html);
        Assert.Equal(before, await app.WithDb(db => db.Requirements.CountAsync(r => r.ContractId == contractId)));

        // With the number fixed, the domain's own rule on the key is the one left, beside the key.
        var second = await (await KlimasporApp.PostForm(buyer, page, page, Composed("Feil nøkkel", "60"))).Content.ReadAsStringAsync();
        Assert.Contains("href=\"#key\"", second);
        Assert.DoesNotContain("href=\"#threshold\"", second);
    }

    [Fact]
    public async Task Buyer_ComposesChangesAndRemovesARequirement()
    {
        var buyer = await app.SignedIn("oslobygg@demo.klimaspor.no");
        var list = await Page("OBF-2025-003", "Requirements");
        var contractId = await app.ContractId("OBF-2025-003");

        var composed = await KlimasporApp.PostForm(buyer, list + "/Edit", list + "/Edit", Composed("gravemaskiner-over-8-tonn", "60"));
        Assert.Equal(HttpStatusCode.Redirect, composed.StatusCode);
        var stored = await app.WithDb(db => db.Requirements.SingleAsync(r => r.ContractId == contractId && r.Key == "gravemaskiner-over-8-tonn"));
        var rule = stored.Rule();
        Assert.Equal(0.6m, rule.Threshold);
        Assert.Equal(["gravemaskin"], rule.Scope.Types);
        Assert.Equal(8m, rule.Scope.MinWeightTonnes);
        Assert.Contains("Gravemaskin; fra 8 tonn", await buyer.GetStringAsync(list));

        var edit = list + "/Edit/gravemaskiner-over-8-tonn";
        var form = await buyer.GetStringAsync(edit);
        Assert.Contains("value=\"60\"", form);
        var fields = Composed("gravemaskiner-over-8-tonn", "70");
        fields["Form.RowVersion"] = stored.RowVersion.ToString("N");
        Assert.Equal(HttpStatusCode.Redirect, (await KlimasporApp.PostForm(buyer, edit, edit, fields)).StatusCode);
        Assert.Equal(0.7m, (await app.WithDb(db => db.Requirements.SingleAsync(r => r.ContractId == contractId && r.Key == "gravemaskiner-over-8-tonn"))).Rule().Threshold);

        // The version read before the change is stale now: the second save is refused and says why.
        var stale = await (await KlimasporApp.PostForm(buyer, edit, edit, fields)).Content.ReadAsStringAsync();
        Assert.Contains("Noen andre har endret kravet", stale);

        var version = await app.WithDb(db => db.Requirements.Where(r => r.ContractId == contractId && r.Key == "gravemaskiner-over-8-tonn").Select(r => r.RowVersion).SingleAsync());
        var removed = await KlimasporApp.PostForm(buyer, list, list + "?handler=Remove", new() { ["key"] = "gravemaskiner-over-8-tonn", ["rowVersion"] = version.ToString("N") });
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await app.WithDb(db => db.Requirements.AnyAsync(r => r.ContractId == contractId && r.Key == "gravemaskiner-over-8-tonn")));
    }

    [Fact]
    public async Task Supplier_ReadsTheRequirements_ButHasNoFormsAndIsRefusedChanges()
    {
        var supplier = await app.SignedIn("fjordbygg@demo.klimaspor.no");
        var list = await Page("OBF-2024-017", "Requirements");

        var html = await supplier.GetStringAsync(list);

        Assert.Contains("oslo-2025-maskiner-utslippsfrie", html);
        Assert.DoesNotContain("handler=AddPreset", html);
        Assert.DoesNotContain("handler=Remove", html);
        Assert.Equal(HttpStatusCode.Forbidden, (await supplier.GetAsync(list + "/Edit")).StatusCode);
        var refused = await KlimasporApp.PostForm(supplier, list, list + "?handler=AddPreset", new() { ["Preset"] = "rapporter-i-tide" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var contractId = await app.ContractId("OBF-2024-017");
        Assert.False(await app.WithDb(db => db.Requirements.AnyAsync(r => r.ContractId == contractId && r.Key == "rapporter-i-tide")));
    }

    [Fact]
    public async Task CompliancePage_ShowsStatusOverTimeReasonsAndHistory_BuyerEvaluatesNow()
    {
        var buyer = await app.SignedIn("oslobygg@demo.klimaspor.no");
        var page = await Page("OBF-2024-017", "Compliance");
        var contractId = await app.ContractId("OBF-2024-017");

        var html = await buyer.GetStringAsync(page);

        Assert.Contains("Status over tid", html);
        Assert.Contains("Ikke oppfylt", html);
        Assert.Contains("Kan ikke vurderes", html);
        Assert.Contains("VOLVO-A30G-5521", html);
        Assert.Contains("data-measured=", html);
        Assert.Contains("Tidligere vurderinger", html);
        Assert.Contains("handler=Evaluate", html);
        var runs = await app.WithDb(db => db.ComplianceRuns.CountAsync(r => r.ContractId == contractId));
        Assert.Equal(HttpStatusCode.Redirect, (await KlimasporApp.PostForm(buyer, page, page + "?handler=Evaluate", [])).StatusCode);
        Assert.Equal(runs + 1, await app.WithDb(db => db.ComplianceRuns.CountAsync(r => r.ContractId == contractId)));

        var english = await (await app.SignedIn("oslo-analytiker@demo.klimaspor.no")).GetStringAsync(page + "?culture=en");
        Assert.Contains("Not met", english);
        Assert.DoesNotContain("handler=Evaluate", english);
    }

    [Fact]
    public async Task AttentionPage_ListsTheBuyersFailuresFirst_AndNothingOfOthers()
    {
        var html = await (await app.SignedIn("oslobygg@demo.klimaspor.no")).GetStringAsync("/Compliance");

        Assert.Contains("OBF-2024-017", html);
        Assert.True(html.IndexOf("Ikke oppfylt", StringComparison.Ordinal) < html.IndexOf("Rapport forsinket", StringComparison.Ordinal));
        Assert.DoesNotContain("BYM-2024-112", html);
        Assert.DoesNotContain("OBF-2024-017", await (await app.SignedIn("asker@demo.klimaspor.no")).GetStringAsync("/Compliance"));
    }

    [Fact]
    public async Task AttentionPage_OverdueDeviationAndWaiverAwaitingDecision_LinkedToWhereTheBuyerActs_SupplierRefused()
    {
        var html = await (await app.SignedIn("oslo-oppfolger@demo.klimaspor.no")).GetStringAsync("/Compliance");
        var okern = await app.ContractId("OBF-2024-017");
        var ring2 = await app.ContractId("BYM-2024-112");
        var waiver = await app.WithDb(db => db.Waivers.Where(w => w.Reference == "FRAVIK-2026-0005").Select(w => w.Id).SingleAsync());
        var idle = await app.WithDb(db => db.Deviations.Where(d => d.ContractId == okern && d.RequirementKey == "tilbud-tomgang-maks-15").Select(d => d.Id).SingleAsync());

        Assert.Contains("Avvik forfalt", html);
        Assert.Contains($"href=\"/Contracts/{okern}/Deviations/{idle}\"", html);
        Assert.Contains("Fravik venter på vedtak", html);
        Assert.Contains($"href=\"/Contracts/{ring2}/Waivers/{waiver}\"", html);
        Assert.True(html.IndexOf("Avvik forfalt", StringComparison.Ordinal) < html.IndexOf("Fravik venter på vedtak", StringComparison.Ordinal));

        var supplier = await app.SignedIn("fjordbygg@demo.klimaspor.no");
        var refused = await supplier.GetAsync("/Compliance");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.DoesNotContain("OBF-2024-017", await refused.Content.ReadAsStringAsync());
        Assert.DoesNotContain("href=\"/Compliance\"", await supplier.GetStringAsync("/"));
    }

    [Fact]
    public async Task CompliancePage_GridReliefApplied_ShowsTheRelievedThresholdBesideTheContractsOwn()
    {
        // Oslo 2019 on Ås videregående: 100 % of machine hours zero-emission, reduced pro rata when the grid cannot deliver.
        var contractId = await app.ContractId("VFK-2025-030");
        var contract = $"/api/v1/contracts/{contractId}";
        var buyer = await app.ApiFor(Data.DemoData.OrgNo.Viken, Web.Roles.FollowUpOfficer);
        Assert.Equal(HttpStatusCode.Created, (await buyer.PostAsJsonAsync(contract + "/requirements", new { preset = RequirementPresets.Oslo2019FossilFreeSite, parameters = new { andel = 1 } })).StatusCode);
        // The grid owner can deliver 250 of the 400 kW the site needs in March: the threshold becomes 62.5 %.
        await app.WithDb(async db =>
        {
            var supplierId = await db.Organisations.Where(o => o.OrgNo == Data.DemoData.OrgNo.Fjordbygg).Select(o => o.Id).SingleAsync();
            db.GridStatements.Add(new Data.GridStatement
            {
                ContractId = contractId,
                SupplierId = supplierId,
                PeriodFrom = "2026-03",
                PeriodTo = "2026-03",
                NeededKw = 400,
                AvailableKw = 250,
                GridOwnerReference = "Elvia, 01.03.2026",
                Status = GridStatementStatus.Accepted,
                StatedBy = "test",
                StatedAt = DateTime.UtcNow,
                DecidedAt = DateTime.UtcNow,
                UpdatedAt = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        var supplier = await Demo.Supplier(app);
        Assert.Equal(HttpStatusCode.OK, (await supplier.PutDraftAsync(contract + "/reports/2026-03", new
        {
            machines = new object[]
            {
                new { machineId = "VOLVO-EC230E-9", machineType = "gravemaskin", weightTonnes = 23, energyCarrier = "el-kabel",
                    operatingHours = 150, idleHours = 20, electricityKwh = 6000, dataSource = "telematikk" },
                new { machineId = "CAT-950-1", machineType = "hjullaster", weightTonnes = 19, energyCarrier = "hvo100", emissionClass = "stage-v",
                    operatingHours = 50, idleHours = 10, fuelLitres = 600, dataSource = "tankanlegg" },
            },
        })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supplier.PostAsync(contract + "/reports/2026-03/submit", null)).StatusCode);

        var html = System.Net.WebUtility.HtmlDecode(await (await app.SignedIn("viken@demo.klimaspor.no")).GetStringAsync($"/Contracts/{contractId}/Compliance"));

        // March's 150 of 200 machine hours (75 %) are judged against the relieved 62.5 %, shown beside the contract's 100 %.
        Assert.Matches(@"<dt>Terskel etter nettkapasitet</dt><dd>2026-03: minst 62,5\s%\s*\(redusert fra 100\s% \(nettkapasitet\)\)</dd>", html);
    }
}
