using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
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
/// Deviations (avvik) from hand-made evaluation results: opened once and updated after, answered by the supplier,
/// closed by the buyer with each resolution, overdue when the clock passes the deadline; bonuses confirmed.
/// </summary>
public abstract class DeviationsTests(KlimasporApp app, TestClock clock)
{
    /// <summary>Rehabilitering av Hasle skole: Oslobygg KF's, with Fjordbygg as supplier; no demo deviations.</summary>
    private const string Hasle = "OBF-2025-003";

    private static RequirementRule Rule(string key, RequirementWindow window = RequirementWindow.EachPeriod) => new()
    {
        Key = key,
        ClauseText = "Minst 90 % av maskintimene skal være utslippsfrie.",
        Kind = RequirementKind.Promise,
        Metric = new MetricDefinition { Code = "zero-emission-machine-hours", LineKind = LineKind.Machine, Aggregate = MetricAggregate.Share, Quantity = FactQuantity.MachineHours },
        Comparison = Comparison.AtLeast,
        Threshold = 0.9m,
        Window = window,
    };

    private static WindowVerdict Verdict(string window, ComplianceStatus status, decimal measured, decimal? fine = null, bool bonus = false) => new()
    {
        Window = window,
        Status = status,
        Measured = measured,
        Threshold = 0.9m,
        EffectiveThreshold = 0.9m,
        Reasons = status == ComplianceStatus.NotMet ? [new Explanation("Test.Unknown", "VOLVO-A30G-5521")] : [],
        Offenders = status == ComplianceStatus.NotMet ? ["VOLVO-A30G-5521"] : [],
        Sanction = fine is { } amount
            ? new SanctionProposal
            {
                Kind = bonus ? SanctionKind.ClimateBonus : SanctionKind.FixedPerPeriodNotMet,
                IsBonus = bonus,
                AmountNok = amount,
                Arithmetic = [new Explanation(MessageKeys.CalculationNegativeQuantity, amount)],
            }
            : null,
    };

    private static RequirementCompliance Result(RequirementRule rule, params WindowVerdict[] verdicts) => new() { Requirement = rule, Verdicts = verdicts, Current = verdicts[^1] };

    private Task<int> Reconcile(Guid contractId, DateTime now, params RequirementCompliance[] results) => app.WithDb(async db =>
    {
        await ReconcileDeviations.Handle(db, contractId, results, sanctionCapNok: null, now);
        await db.SaveChangesAsync();
        return 0;
    });

    private Task<List<Deviation>> DeviationsOf(Guid contractId, string key) =>
        app.WithDb(db => db.Deviations.AsNoTracking().Where(d => d.ContractId == contractId && d.RequirementKey == key).ToListAsync());

    private static async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    /// <summary>A date a month ahead: an answer's date may not be before the deviation was opened.</summary>
    private string DoneBy => DateOnly.FromDateTime(clock.UtcNow).AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private Task<HttpClient> Buyer() => app.ApiFor(OrgNo.Oslobygg, Roles.FollowUpOfficer);

    [Fact]
    public async Task Reconcile_FailingAgain_UpdatesTheOpenDeviationInsteadOfOpeningASecond()
    {
        var contractId = await app.ContractId(Hasle);
        var rule = Rule("test-update-" + Guid.NewGuid().ToString("N")[..8]);
        var now = clock.UtcNow;

        await Reconcile(contractId, now, Result(rule, Verdict("2026-07", ComplianceStatus.NotMet, 0.62m, 50_000)));
        var opened = Assert.Single(await DeviationsOf(contractId, rule.Key));
        Assert.Equal(DeviationStatus.Open, opened.Status);
        Assert.Equal("2026-07", opened.Window);
        Assert.Equal(50_000m, opened.ProposedAmountNok);
        Assert.Equal(now.AddDays(DeviationRules.AnswerDays), opened.AnswerDeadline, TimeSpan.FromSeconds(1));

        // The same verdict again changes nothing; a new failing month joins the open deviation.
        await Reconcile(contractId, now.AddDays(1), Result(rule, Verdict("2026-07", ComplianceStatus.NotMet, 0.62m, 50_000)));
        Assert.Equal(opened.RowVersion, Assert.Single(await DeviationsOf(contractId, rule.Key)).RowVersion);
        await Reconcile(contractId, now.AddDays(2), Result(rule, Verdict("2026-07", ComplianceStatus.NotMet, 0.62m, 50_000), Verdict("2026-08", ComplianceStatus.NotMet, 0.71m, 50_000)));
        var updated = Assert.Single(await DeviationsOf(contractId, rule.Key));
        Assert.Equal(opened.Id, updated.Id);
        Assert.Equal("2026-08", updated.Window);
        Assert.Equal(100_000m, updated.ProposedAmountNok);
        Assert.Equal(opened.AnswerDeadline, updated.AnswerDeadline, TimeSpan.FromSeconds(1));

        // A corrected July report: July is met now and no longer counts towards the sanction.
        await Reconcile(contractId, now.AddDays(3), Result(rule, Verdict("2026-07", ComplianceStatus.Met, 0.93m), Verdict("2026-08", ComplianceStatus.NotMet, 0.71m, 50_000)));
        var cleared = Assert.Single(await DeviationsOf(contractId, rule.Key));
        Assert.Equal(50_000m, cleared.ProposedAmountNok);
        var history = await app.WithDb(db => db.DeviationHistory.Where(h => h.DeviationId == opened.Id).OrderBy(h => h.At).Select(h => h.Action).ToListAsync());
        Assert.Equal(["opened", "updated", "updated"], history);

        var view = await Json(await (await Buyer()).GetAsync($"/api/v1/contracts/{contractId}/deviations/{opened.Id}?culture=en"));
        Assert.Equal(["2026-07", "2026-08"], view.GetProperty("windows").EnumerateArray().Select(w => w.GetProperty("window").GetString()));
        Assert.True(view.GetProperty("windows")[0].GetProperty("cleared").GetBoolean());
        Assert.Equal(50_000m, view.GetProperty("proposedSanction").GetProperty("amountNok").GetDecimal());
        // The arithmetic reads in the caller's language from the stored key and arguments.
        Assert.Equal("The value cannot be negative (found 50,000).",
            view.GetProperty("proposedSanction").GetProperty("windows")[0].GetProperty("sanction").GetProperty("arithmetic")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Reconcile_AfterClosing_OldWindowStaysClosedAndANewFailureOpensANewDeviation()
    {
        var contractId = await app.ContractId(Hasle);
        var rule = Rule("test-reopen-" + Guid.NewGuid().ToString("N")[..8]);
        await Reconcile(contractId, clock.UtcNow, Result(rule, Verdict("2026-07", ComplianceStatus.NotMet, 0.5m)));
        var first = Assert.Single(await DeviationsOf(contractId, rule.Key));
        Assert.Null(first.ProposedAmountNok); // the requirement proposes no sanction
        var closed = await (await Buyer()).PostAsJsonAsync($"/api/v1/contracts/{contractId}/deviations/{first.Id}/close", new { resolution = "resolved", comment = "Rettet." });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);

        await Reconcile(contractId, clock.UtcNow, Result(rule, Verdict("2026-07", ComplianceStatus.NotMet, 0.5m)));
        Assert.Single(await DeviationsOf(contractId, rule.Key));

        await Reconcile(contractId, clock.UtcNow, Result(rule, Verdict("2026-07", ComplianceStatus.NotMet, 0.5m), Verdict("2026-08", ComplianceStatus.NotMet, 0.6m)));
        var all = await DeviationsOf(contractId, rule.Key);
        Assert.Equal(2, all.Count);
        var second = Assert.Single(all, d => d.Status == DeviationStatus.Open);
        Assert.Equal("2026-08", second.Window);
        Assert.DoesNotContain("2026-07", second.SnapshotJson, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("resolved", null)]
    [InlineData("accepted", null)]
    [InlineData("sanctioned", 40_000)]
    public async Task Deviation_AnsweredThenClosed_StoresTheOutcome(string resolution, int? amount)
    {
        var contractId = await app.ContractId(Hasle);
        var rule = Rule($"test-close-{resolution}-" + Guid.NewGuid().ToString("N")[..6]);
        await Reconcile(contractId, clock.UtcNow, Result(rule, Verdict("2026-09", ComplianceStatus.NotMet, 0.7m, 50_000)));
        var id = Assert.Single(await DeviationsOf(contractId, rule.Key)).Id;
        var url = $"/api/v1/contracts/{contractId}/deviations/{id}";
        var supplier = await Demo.Supplier(app);

        var noDate = await supplier.PostAsJsonAsync(url + "/answer", new { correctiveAction = "Bytter dumperen." });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noDate.StatusCode);
        var answered = await supplier.PostAsJsonAsync(url + "/answer", new { correctiveAction = "Bytter dumperen til elektrisk.", doneBy = DoneBy });
        Assert.Equal("Answered", (await Json(answered)).GetProperty("status").GetString());

        if (amount is not null)
        {
            // A changed amount needs a reason; nothing is stored until it has one.
            var noReason = await (await Buyer()).PostAsJsonAsync(url + "/close", new { resolution, comment = "Sanksjon etter punkt 4.3.", confirmedAmountNok = amount });
            Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
            Assert.Equal("amountReason", (await Json(noReason)).GetProperty("errors")[0].GetProperty("column").GetString());
            Assert.Equal(DeviationStatus.Answered, (await DeviationsOf(contractId, rule.Key))[0].Status);
        }

        var close = await (await Buyer()).PostAsJsonAsync(url + "/close",
            new { resolution, comment = "Avsluttet.", confirmedAmountNok = amount, amountReason = amount is null ? null : "Redusert: tiltaket kom raskt." });
        var closed = await Json(close);
        Assert.True(close.IsSuccessStatusCode, closed.ToString());
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        Assert.Equal(resolution, closed.GetProperty("closing").GetProperty("resolution").GetString());

        var stored = (await DeviationsOf(contractId, rule.Key))[0];
        Assert.Equal(DeviationRules.TryResolution(resolution, out var r) ? r : null, stored.Resolution);
        Assert.Equal(amount, (int?)stored.ConfirmedAmountNok);
        Assert.Equal(50_000m, stored.ProposedAmountNok);

        var sanctions = await Json(await supplier.GetAsync($"/api/v1/contracts/{contractId}/sanctions"));
        var line = sanctions.GetProperty("items").EnumerateArray().Single(l => l.GetProperty("id").GetGuid() == id);
        Assert.Equal(amount is null ? "notImposed" : "confirmed", line.GetProperty("status").GetString());

        Assert.Equal(HttpStatusCode.Conflict, (await (await Buyer()).PostAsJsonAsync(url + "/close", new { resolution = "accepted", comment = "Igjen." })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await supplier.PostAsJsonAsync(url + "/answer", new { correctiveAction = "Sent svar.", doneBy = DoneBy })).StatusCode);
    }

    [Fact]
    public async Task Deviation_WrongSide_SupplierCannotCloseBuyerCannotAnswerAndNothingChanges()
    {
        var contractId = await app.ContractId(Hasle);
        var rule = Rule("test-roles-" + Guid.NewGuid().ToString("N")[..8]);
        await Reconcile(contractId, clock.UtcNow, Result(rule, Verdict("2026-09", ComplianceStatus.NotMet, 0.7m)));
        var deviation = Assert.Single(await DeviationsOf(contractId, rule.Key));
        var url = $"/api/v1/contracts/{contractId}/deviations/{deviation.Id}";

        Assert.Equal(HttpStatusCode.Forbidden, (await (await Demo.Supplier(app)).PostAsJsonAsync(url + "/close", new { resolution = "resolved", comment = "Ferdig." })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await Buyer()).PostAsJsonAsync(url + "/answer", new { correctiveAction = "Vi gjør det.", doneBy = DoneBy })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiFor(OrgNo.Oslo, Roles.Analyst)).PostAsJsonAsync(url + "/close", new { resolution = "resolved", comment = "Ferdig." })).StatusCode);
        foreach (var outsider in new[] { await app.ApiFor(OrgNo.Asker, Roles.BuyerAdmin), await app.ApiFor(OrgNo.Bymiljoetaten, Roles.FollowUpOfficer), await app.ApiFor(OrgNo.Nordlys, Roles.SupplierReporter), await app.ApiFor(OrgNo.GronnMaskin, Roles.SupplierReporter) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsJsonAsync(url + "/close", new { resolution = "resolved", comment = "Ferdig." })).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsJsonAsync(url + "/answer", new { correctiveAction = "x", doneBy = DoneBy })).StatusCode);
        }

        Assert.Equal(deviation.RowVersion, Assert.Single(await DeviationsOf(contractId, rule.Key)).RowVersion);
    }

    [Fact]
    public async Task Deviation_DeadlinePassesWithoutAnswer_IsOverdueListedFirstAndOnTheAttentionList()
    {
        var contractId = await app.ContractId("ASK-2024-031");
        var rule = Rule("test-overdue-" + Guid.NewGuid().ToString("N")[..8]);
        await Reconcile(contractId, clock.UtcNow, Result(rule, Verdict("2025-11", ComplianceStatus.NotMet, 0.4m)));
        var id = Assert.Single(await DeviationsOf(contractId, rule.Key)).Id;
        // API tokens are issued on the app's clock but checked against the real one: get them before the clock moves.
        var asker = await app.ApiFor(OrgNo.Asker, Roles.FollowUpOfficer);
        var supplier = await Demo.Supplier(app);
        var url = $"/api/v1/contracts/{contractId}/deviations";
        Assert.False((await Json(await asker.GetAsync($"{url}/{id}"))).GetProperty("overdue").GetBoolean());

        clock.Advance(TimeSpan.FromDays(DeviationRules.AnswerDays + 1));
        try
        {
            Assert.True((await Json(await asker.GetAsync($"{url}/{id}"))).GetProperty("overdue").GetBoolean());
            var first = (await Json(await asker.GetAsync(url))).GetProperty("items")[0];
            Assert.Equal(id, first.GetProperty("id").GetGuid());

            // A sign-in cookie lives on the app's clock: sign in after it has moved.
            var browser = await app.SignedIn("asker@demo.klimaspor.no");
            var list = await browser.GetStringAsync($"/Contracts/{contractId}/Deviations");
            Assert.Contains("Svarfrist passert", list);
            Assert.Contains("1 avvik har passert svarfristen", list);

            var overdue = await app.WithDb(db => ListOverdueDeviations.Handle(new AppServices(db, TenantOf(OrgNo.Asker, Roles.FollowUpOfficer, db), clock), clock.UtcNow));
            Assert.Contains(overdue, o => o.Id == id && o.ContractReference == "ASK-2024-031");
            var forOslo = await app.WithDb(db => ListOverdueDeviations.Handle(new AppServices(db, TenantOf(OrgNo.Oslo, Roles.FollowUpOfficer, db), clock), clock.UtcNow));
            Assert.DoesNotContain(forOslo, o => o.Id == id);

            // Answering takes it off the list.
            Assert.Equal(HttpStatusCode.OK, (await supplier.PostAsJsonAsync($"{url}/{id}/answer", new { correctiveAction = "Ny rutine.", doneBy = DoneBy })).StatusCode);
            Assert.DoesNotContain(await app.WithDb(db => ListOverdueDeviations.Handle(new AppServices(db, TenantOf(OrgNo.Asker, Roles.FollowUpOfficer, db), clock), clock.UtcNow)), o => o.Id == id);
        }
        finally
        {
            clock.Advance(-TimeSpan.FromDays(DeviationRules.AnswerDays + 1));
        }
    }

    [Fact]
    public async Task Bonus_Proposed_ConfirmedByTheBuyerWithAReasonForAnotherAmount()
    {
        var contractId = await app.ContractId(Hasle);
        var rule = Rule("test-bonus-" + Guid.NewGuid().ToString("N")[..8], RequirementWindow.WholeContract);
        await Reconcile(contractId, clock.UtcNow, Result(rule, Verdict("contract", ComplianceStatus.Met, 0.95m, 2_000_000, bonus: true)));
        var bonus = await app.WithDb(db => db.Bonuses.SingleAsync(b => b.ContractId == contractId && b.RequirementKey == rule.Key));
        Assert.Equal(BonusStatus.Proposed, bonus.Status);
        Assert.Empty(await DeviationsOf(contractId, rule.Key));

        // A later evaluation with a new figure updates the proposal rather than adding one.
        await Reconcile(contractId, clock.UtcNow, Result(rule, Verdict("contract", ComplianceStatus.Met, 0.96m, 2_100_000, bonus: true)));
        Assert.Equal(2_100_000m, await app.WithDb(db => db.Bonuses.Where(b => b.RequirementKey == rule.Key).Select(b => b.ProposedAmountNok).SingleAsync()));

        var url = $"/api/v1/contracts/{contractId}/bonuses/{bonus.Id}/confirm";
        Assert.Equal(HttpStatusCode.Forbidden, (await (await Demo.Supplier(app)).PostAsJsonAsync(url, new { confirmedAmountNok = 2_100_000 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiFor(OrgNo.Asker, Roles.BuyerAdmin)).PostAsJsonAsync(url, new { confirmedAmountNok = 2_100_000 })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await (await Buyer()).PostAsJsonAsync(url, new { confirmedAmountNok = 1_900_000 })).StatusCode);

        var confirmed = await (await Buyer()).PostAsJsonAsync(url, new { confirmedAmountNok = 1_900_000, amountReason = "Klimabudsjettet ble justert ved endringsordre 12.", comment = "Utbetales med sluttoppgjøret." });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await (await Buyer()).PostAsJsonAsync(url, new { confirmedAmountNok = 2_100_000 })).StatusCode);

        var list = await Json(await (await Demo.Supplier(app)).GetAsync($"/api/v1/contracts/{contractId}/sanctions"));
        var line = list.GetProperty("items").EnumerateArray().Single(l => l.GetProperty("id").GetGuid() == bonus.Id);
        Assert.Equal("bonus", line.GetProperty("kind").GetString());
        Assert.Equal("confirmed", line.GetProperty("status").GetString());
        Assert.Equal(1_900_000m, line.GetProperty("confirmedAmountNok").GetDecimal());
        Assert.True(list.GetProperty("totals").GetProperty("bonusesConfirmedNok").GetDecimal() >= 1_900_000m);

        // Confirmed bonuses stay when the evaluation no longer proposes them.
        await Reconcile(contractId, clock.UtcNow, Result(rule, Verdict("contract", ComplianceStatus.Met, 0.96m)));
        Assert.Equal(BonusStatus.Confirmed, await app.WithDb(db => db.Bonuses.Where(b => b.Id == bonus.Id).Select(b => b.Status).SingleAsync()));
    }

    [Fact]
    public async Task DeviationPages_SupplierAnswers_BuyerSeesTheArithmeticAndClosesWithASanction()
    {
        var contractId = await app.ContractId(Hasle);
        var rule = Rule("test-pages-" + Guid.NewGuid().ToString("N")[..8]);
        await Reconcile(contractId, clock.UtcNow, Result(rule, Verdict("2026-10", ComplianceStatus.NotMet, 0.625m, 75_000)));
        var id = Assert.Single(await DeviationsOf(contractId, rule.Key)).Id;
        var page = $"/Contracts/{contractId}/Deviations/{id}";

        var supplier = await app.SignedIn("fjordbygg@demo.klimaspor.no");
        var early = await KlimasporApp.PostForm(supplier, page, page + "?handler=Answer", new() { ["CorrectiveAction"] = "Elektrisk dumper fra desember.", ["DoneBy"] = "1. desember" });
        Assert.Contains("Gjennomført innen: Skriv datoen", await early.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect,
            (await KlimasporApp.PostForm(supplier, page, page + "?handler=Answer", new() { ["CorrectiveAction"] = "Elektrisk dumper fra desember.", ["DoneBy"] = DoneBy })).StatusCode);

        var buyer = await app.SignedIn("oslobygg@demo.klimaspor.no");
        var html = await buyer.GetStringAsync(page);
        Assert.Contains("Foreslått beløp: 75", html);
        Assert.Contains("Verdien kan ikke være negativ", html); // the arithmetic's stored explanation in bokmål
        Assert.Contains("62,5", html);
        Assert.Contains("Elektrisk dumper fra desember.", html);

        Assert.Equal(HttpStatusCode.Redirect, (await KlimasporApp.PostForm(buyer, page, page + "?handler=Close",
            new() { ["Resolution"] = "sanctioned", ["Comment"] = "Sanksjon etter punkt 4.3.", ["ConfirmedAmountNok"] = "75 000" })).StatusCode);
        var stored = Assert.Single(await DeviationsOf(contractId, rule.Key));
        Assert.Equal(75_000m, stored.ConfirmedAmountNok);
        Assert.Contains("75", await buyer.GetStringAsync($"/Contracts/{contractId}/Sanctions"));
    }

    [Fact]
    public async Task DemoContract_Deviations_OverdueFirstAndAnsweredOneWithItsAction()
    {
        var buyer = await app.SignedIn("oslo-oppfolger@demo.klimaspor.no");
        var contractId = await app.ContractId("OBF-2024-017");

        var details = await buyer.GetStringAsync($"/Contracts/Details/{contractId}");
        Assert.Contains("Fravik (3)", details);
        // Idling unanswered past its deadline, and the dumper's corrective action past its date.
        Assert.Contains("2 forfalt", details);

        var list = await Json(await (await Demo.Buyer(app)).GetAsync($"/api/v1/contracts/{contractId}/deviations"));
        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.True(items[0].GetProperty("overdue").GetBoolean());
        var answered = items.Single(i => i.GetProperty("status").GetString() == "Answered");
        Assert.False(answered.GetProperty("overdue").GetBoolean());
        Assert.True(answered.GetProperty("correctiveActionOverdue").GetBoolean());
        Assert.Contains("Tiltaket er forsinket", await buyer.GetStringAsync($"/Contracts/{contractId}/Deviations/{answered.GetProperty("id").GetString()}"));
    }

    private static Tenant TenantOf(string orgNo, string role, AppDbContext db)
    {
        var org = db.Organisations.Single(o => o.OrgNo == orgNo).Id;
        var identity = new ClaimsIdentity([new Claim(KlimasporClaims.Organisation, org.ToString()), new Claim(KlimasporClaims.Role, role)], "test",
            KlimasporClaims.Name, KlimasporClaims.Role);
        return new Tenant(new ClaimsPrincipal(identity), db);
    }
}

public sealed class DeviationsOnSqliteTests(ClockedSqliteApp app) : DeviationsTests(app, app.Clock), IClassFixture<ClockedSqliteApp>;

public sealed class DeviationsOnPostgresTests(ClockedPostgresApp app) : DeviationsTests(app, app.Clock), IClassFixture<ClockedPostgresApp>;
