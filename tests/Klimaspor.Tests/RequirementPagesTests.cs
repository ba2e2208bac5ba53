using System.Net;
using Klimaspor.Features.Requirements;
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
        fields["Form.Version"] = stored.Version.ToString("N");
        Assert.Equal(HttpStatusCode.Redirect, (await KlimasporApp.PostForm(buyer, edit, edit, fields)).StatusCode);
        Assert.Equal(0.7m, (await app.WithDb(db => db.Requirements.SingleAsync(r => r.ContractId == contractId && r.Key == "gravemaskiner-over-8-tonn"))).Rule().Threshold);

        // The version read before the change is stale now: the second save is refused and says why.
        var stale = await (await KlimasporApp.PostForm(buyer, edit, edit, fields)).Content.ReadAsStringAsync();
        Assert.Contains("Noen andre har endret kravet", stale);

        var version = await app.WithDb(db => db.Requirements.Where(r => r.ContractId == contractId && r.Key == "gravemaskiner-over-8-tonn").Select(r => r.Version).SingleAsync());
        var removed = await KlimasporApp.PostForm(buyer, list, list + "?handler=Remove", new() { ["key"] = "gravemaskiner-over-8-tonn", ["version"] = version.ToString("N") });
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
}
