using Klimaspor.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Klimaspor.BrowserTests;

/// <summary>axe-core finds no WCAG 2.1 A/AA violation on any page a person meets on the way through the app.</summary>
public sealed class AccessibilityTests(LiveApp app) : IClassFixture<LiveApp>
{
    [Theory]
    [InlineData("login")]
    [InlineData("login-with-errors")]
    [InlineData("home")]
    [InlineData("contract-list")]
    [InlineData("contract-details")]
    [InlineData("new-contract")]
    [InlineData("new-contract-with-errors")]
    [InlineData("not-found")]
    [InlineData("supplier-contract-list")]
    [InlineData("calculator-result")]
    [InlineData("factor-sets")]
    [InlineData("factor-set-details")]
    [InlineData("factor-set-draft")]
    [InlineData("missing-reports")]
    [InlineData("report-register-with-errors")]
    [InlineData("waiver-list")]
    [InlineData("waiver-apply-with-errors")]
    [InlineData("waiver-assessment-form")]
    [InlineData("waiver-decided")]
    [InlineData("grid-statements-decision-form")]
    [InlineData("grid-statements-state-with-errors")]
    [InlineData("deviation-list")]
    [InlineData("deviation-close-form")]
    [InlineData("deviation-answer-form")]
    [InlineData("sanctions")]
    [InlineData("requirements")]
    [InlineData("requirements-preset-parameters")]
    [InlineData("requirement-compose-with-errors")]
    [InlineData("compliance")]
    [InlineData("attention")]
    public async Task Page_AxeScan_HasNoWcag21AaViolations(string view)
    {
        var user = view switch
        {
            "login" or "login-with-errors" => null,
            "supplier-contract-list" or "calculator-result" => DemoUsers.Nordlys,
            "factor-set-draft" => DemoUsers.SystemAdministrator,
            "report-register-with-errors" => DemoUsers.Fjordbygg,
            "waiver-apply-with-errors" or "deviation-answer-form" or "grid-statements-state-with-errors" => DemoUsers.Fjordbygg,
            "grid-statements-decision-form" => DemoUsers.OsloAdmin,
            "waiver-assessment-form" => DemoUsers.OslobyggFollowUp,
            "requirements" or "requirements-preset-parameters" or "requirement-compose-with-errors" or "compliance" or "attention" => DemoUsers.OslobyggFollowUp,
            _ => DemoUsers.OsloFollowUp,
        };
        await using var session = await app.OpenAsync(user);
        var page = session.Page;

        switch (view)
        {
            case "login":
                await GotoAsync(page, "/Account/Login");
                break;
            case "login-with-errors":
                await GotoAsync(page, "/Account/Login");
                await page.GetByRole(AriaRole.Button, new() { Name = "Logg inn", Exact = true }).ClickAsync();
                await page.Locator("#error-summary").WaitForAsync();
                break;
            case "home":
                await GotoAsync(page, "/");
                break;
            case "contract-list":
            case "supplier-contract-list":
                await GotoAsync(page, "/Contracts");
                break;
            case "contract-details":
                await GotoAsync(page, $"/Contracts/Details/{await ContractIdAsync("BYM-2024-112")}");
                break;
            case "new-contract":
                await GotoAsync(page, "/Contracts/New");
                break;
            case "new-contract-with-errors":
                await GotoAsync(page, "/Contracts/New");
                await page.Locator("#supplierOrgNo").FillAsync("123456789");
                await page.Locator("#startDate").FillAsync("2026-06-01");
                await page.Locator("#endDate").FillAsync("2026-01-31");
                await page.GetByRole(AriaRole.Button, new() { Name = "Registrer kontrakten", Exact = true }).ClickAsync();
                await page.Locator("#error-summary").WaitForAsync();
                break;
            case "not-found":
                var response = await page.GotoAsync("/Contracts/Details/00000000-0000-0000-0000-000000000001");
                Assert.Equal(404, response?.Status);
                break;
            case "calculator-result":
                await GotoAsync(page, "/Calculator?example=true");
                await page.GetByRole(AriaRole.Button, new() { Name = "Beregn", Exact = true }).ClickAsync();
                await page.Locator("#result-heading").WaitForAsync();
                // The trace is one click away: open one so its content is scanned too.
                await page.Locator("details.ds-details summary").Nth(1).ClickAsync();
                break;
            case "factor-sets":
                await GotoAsync(page, "/FactorSets");
                break;
            case "factor-set-details":
                await GotoAsync(page, "/FactorSets/Details/lifecycle-wtw-2023/1");
                break;
            case "factor-set-draft":
                await GotoAsync(page, "/FactorSets/Details/no-territorial-2021/1");
                await page.Locator("#key").FillAsync("axe-check-" + Guid.NewGuid().ToString("N")[..8]);
                await page.GetByRole(AriaRole.Button, new() { Name = "Lag kopi som utkast", Exact = true }).ClickAsync();
                await page.Locator("form.factor-form").WaitForAsync();
                break;
            case "missing-reports":
                await GotoAsync(page, "/Reports");
                break;
            case "report-register-with-errors":
                // Last period's register in the line form, saved before this period's hours are in: every cell's error shown.
                await GotoAsync(page, $"/Contracts/{await ContractIdAsync("OBF-2024-017")}/Reports/2026-11?handler=Register");
                await page.GetByRole(AriaRole.Button, new() { Name = "Lagre utkast", Exact = true }).ClickAsync();
                await page.Locator("#error-summary").WaitForAsync();
                break;
            case "waiver-list":
                await GotoAsync(page, $"/Contracts/{await ContractIdAsync("OBF-2024-017")}/Waivers");
                break;
            case "waiver-apply-with-errors":
                await GotoAsync(page, $"/Contracts/{await ContractIdAsync("OBF-2024-017")}/Waivers/New");
                await page.Locator("#fromDate").FillAsync("2020-01-01");
                await page.GetByRole(AriaRole.Button, new() { Name = "Send søknaden", Exact = true }).ClickAsync();
                await page.Locator("#error-summary").WaitForAsync();
                break;
            case "waiver-assessment-form":
                // FRAVIK-2026-0004 on Hasle skole awaits the advisor's assessment.
                await GotoAsync(page, $"/Contracts/{await ContractIdAsync("OBF-2025-003")}/Waivers/{await CaseIdAsync(db => db.Waivers.Where(w => w.Reference == "FRAVIK-2026-0004").Select(w => w.Id))}");
                await page.Locator("#assessment").WaitForAsync();
                break;
            case "waiver-decided":
                await GotoAsync(page, $"/Contracts/{await ContractIdAsync("OBF-2024-017")}/Waivers/{await CaseIdAsync(db => db.Waivers.Where(w => w.Reference == "FRAVIK-2026-0002").Select(w => w.Id))}");
                break;
            case "grid-statements-decision-form":
                // Ring 2's statement for Carl Berners plass awaits the buyer's decision.
                await GotoAsync(page, $"/Contracts/{await ContractIdAsync("BYM-2024-112")}/GridStatements");
                await page.Locator("#decision").WaitForAsync();
                break;
            case "grid-statements-state-with-errors":
                await GotoAsync(page, $"/Contracts/{await ContractIdAsync("OBF-2024-017")}/GridStatements");
                await page.GetByRole(AriaRole.Button, new() { Name = "Send til oppdragsgiver", Exact = true }).ClickAsync();
                await page.Locator("#error-summary").WaitForAsync();
                break;
            case "deviation-list":
                await GotoAsync(page, $"/Contracts/{await ContractIdAsync("OBF-2024-017")}/Deviations");
                break;
            case "deviation-close-form":
            case "deviation-answer-form":
                var okern = await ContractIdAsync("OBF-2024-017");
                // The overdue deviation: its proposed sanction adds up two months, and both forms are open.
                await GotoAsync(page, $"/Contracts/{okern}/Deviations/{await CaseIdAsync(db => db.Deviations.Where(d => d.ContractId == okern && d.Status == Domain.Requirements.DeviationStatus.Open).Select(d => d.Id))}");
                await page.Locator(view == "deviation-close-form" ? "#resolution" : "#correctiveAction").WaitForAsync();
                break;
            case "sanctions":
                await GotoAsync(page, $"/Contracts/{await ContractIdAsync("BYM-2024-112")}/Sanctions");
                break;
            case "requirements":
                await GotoAsync(page, $"/Contracts/{await ContractIdAsync("OBF-2024-017")}/Requirements");
                break;
            case "requirements-preset-parameters":
                await GotoAsync(page, $"/Contracts/{await ContractIdAsync("OBF-2024-017")}/Requirements?preset=tilbudt-utslippsfri-andel");
                break;
            case "requirement-compose-with-errors":
                await GotoAsync(page, $"/Contracts/{await ContractIdAsync("OBF-2025-021")}/Requirements/Edit");
                await page.Locator("#key").FillAsync("Ugyldig nøkkel");
                await page.Locator("#threshold").FillAsync("mye");
                await page.GetByRole(AriaRole.Button, new() { Name = "Legg til kravet", Exact = true }).ClickAsync();
                await page.Locator("#error-summary").WaitForAsync();
                break;
            case "compliance":
                await GotoAsync(page, $"/Contracts/{await ContractIdAsync("OBF-2024-017")}/Compliance");
                await page.Locator("canvas.compliance-chart__canvas").First.WaitForAsync();
                break;
            case "attention":
                await GotoAsync(page, "/Compliance");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(view), view, "No such view in this test.");
        }

        await AxeCheck.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task AxeCheck_PageWithViolation_FailsNamingRuleHelpAndSelector()
    {
        await using var session = await app.OpenAsync();
        var page = session.Page;
        await GotoAsync(page, "/Account/Login");
        await page.EvaluateAsync("() => { const img = document.createElement('img'); img.id = 'no-alt'; img.src = 'data:,'; document.querySelector('main').append(img); }");

        var failure = await Assert.ThrowsAsync<Xunit.Sdk.TrueException>(() => AxeCheck.AssertNoViolationsAsync(page));

        Assert.Contains("image-alt", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Images must have alternative text", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#no-alt", failure.Message, StringComparison.Ordinal);
    }

    private static async Task GotoAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        Assert.True(response?.Ok, $"GET {path} answered {response?.Status}.");
    }

    private async Task<Guid> CaseIdAsync(Func<AppDbContext, IQueryable<Guid>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>()).FirstAsync();
    }

    private async Task<Guid> ContractIdAsync(string reference)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Contracts.Where(c => c.Reference == reference).Select(c => c.Id).SingleAsync();
    }
}
