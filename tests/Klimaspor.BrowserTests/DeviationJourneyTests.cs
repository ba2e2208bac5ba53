using System.Globalization;
using System.Text.RegularExpressions;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Organisations;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Template;
using Klimaspor.Features.Reports.Workbook;
using Microsoft.Playwright;

namespace Klimaspor.BrowserTests;

/// <summary>
/// Issue 5's journey: a failing report opens a deviation, the supplier answers with a corrective action and a date,
/// the buyer closes it with the sanction the evaluation proposed. On Risenga ungdomsskole (ASK-2024-031: Asker's,
/// Fjordbygg as supplier, Kriterieveiviseren's requirements and nothing reported in the demo data), August 2026.
/// </summary>
public sealed partial class DeviationJourneyTests(LiveApp app) : IClassFixture<LiveApp>
{
    private const string Contract = "ASK-2024-031";
    private const string Requirement = "kriterieveiviseren-minst-stage-iiib";
    private const string OldExcavator = "CAT-320D-IIIA-7781";

    /// <summary>Text as people read it: the grouping and unit spaces of nb-NO numbers as plain spaces.</summary>
    private static async Task<string> TextOf(ILocator locator) => Spaces().Replace(await locator.InnerTextAsync(), " ");

    [GeneratedRegex("[\u00A0\u202F]")]
    private static partial Regex Spaces();

    private static string Workbook()
    {
        var path = Path.Combine(Path.GetTempPath(), $"klimaspor-deviation-{Guid.NewGuid():N}.xlsx");
        using var file = File.Create(path);
        ReportWorkbookWriter.Write(file, new ReportWorkbookContent
        {
            ContractRef = Contract,
            SupplierOrgNo = OrganisationNumber.Parse("918765433"),
            Period = ReportingPeriod.Month(2026, 8),
            Machines =
            [
                new MachineLine
                {
                    MachineId = "VOLVO-EC230E-2210", MachineType = "gravemaskin", WeightTonnes = 23, EnergyCarrier = "el-kabel",
                    EmissionClass = "nullutslipp", OperatingHours = new Hours(160), IdleHours = new Hours(30), ElectricityKwh = new KilowattHours(6400),
                    DataSource = "telematikk",
                },
                // Stage IIIA: below the IIIB that Kriterieveiviseren asks for.
                new MachineLine
                {
                    MachineId = OldExcavator, MachineType = "gravemaskin", WeightTonnes = 21, PowerKw = 110, EnergyCarrier = "hvo100",
                    EmissionClass = "stage-iiia", OperatingHours = new Hours(90), IdleHours = new Hours(20), FuelLitres = new Litres(1200),
                    DataSource = "tankanlegg",
                },
            ],
            Values = PrefilledValues.All,
        });
        return path;
    }

    [Fact]
    public async Task FailingReport_OpensADeviation_SupplierAnswers_BuyerClosesWithTheProposedSanction()
    {
        // The buyer gives the requirement a sanction: 15 000 kr for each month it is not met.
        await using var buyer = await app.OpenAsync(DemoUsers.AskerFollowUp);
        var b = buyer.Page;
        await b.GotoAsync("/Contracts");
        await b.GetByRole(AriaRole.Link, new() { Name = Contract, Exact = true }).ClickAsync();
        var contractUrl = b.Url;
        await b.GetByRole(AriaRole.Link, new() { Name = "Krav (se og endre)", Exact = true }).ClickAsync();
        await b.GetByRole(AriaRole.Link, new() { Name = "Endre " + Requirement, Exact = true }).ClickAsync();
        await b.Locator("#sanction-kind").SelectOptionAsync(new SelectOptionValue { Label = "Fast beløp per periode som ikke er oppfylt" });
        await b.Locator("#sanction-amountNok").FillAsync("15000");
        await b.GetByRole(AriaRole.Button, new() { Name = "Lagre", Exact = true }).ClickAsync();
        Assert.Contains($"Kravet {Requirement} er lagret", await b.GetByRole(AriaRole.Status).First.InnerTextAsync(), StringComparison.Ordinal);

        // The supplier reports August with a Stage IIIA excavator and submits.
        await using var supplier = await app.OpenAsync(DemoUsers.Fjordbygg);
        var s = supplier.Page;
        await s.GotoAsync("/Contracts");
        await s.GetByRole(AriaRole.Link, new() { Name = Contract, Exact = true }).ClickAsync();
        await s.GetByRole(AriaRole.Link, new() { Name = "2026-08", Exact = true }).ClickAsync();
        var workbook = Workbook();
        await s.Locator("#files").SetInputFilesAsync(workbook);
        await s.GetByRole(AriaRole.Button, new() { Name = "Last opp", Exact = true }).ClickAsync();
        Assert.Contains("lagret som utkast", await s.GetByRole(AriaRole.Status).First.InnerTextAsync(), StringComparison.Ordinal);
        await s.GetByRole(AriaRole.Button, new() { Name = "Send inn", Exact = true }).ClickAsync();
        Assert.Contains("Tall for innsendt versjon 1", await s.Locator("#figures-heading").InnerTextAsync(), StringComparison.Ordinal);
        File.Delete(workbook);

        // The buyer sees the failure on the compliance page, naming the machine, and the deviation it opened.
        await b.GotoAsync(contractUrl);
        await b.GetByRole(AriaRole.Link, new() { Name = "Etterlevelse", Exact = true }).ClickAsync();
        var verdict = await TextOf(b.Locator("section.requirement-detail", new() { Has = b.Locator($"[id='req-{Requirement}']") }));
        Assert.Contains("Ikke oppfylt", verdict, StringComparison.Ordinal);
        Assert.Contains(OldExcavator, verdict, StringComparison.Ordinal);
        await b.GotoAsync(contractUrl);
        await b.GetByRole(AriaRole.Link, new() { Name = "Avvik (1 åpne)", Exact = true }).ClickAsync();
        var row = b.GetByRole(AriaRole.Row).Filter(new() { HasText = Requirement });
        var listed = await TextOf(row);
        Assert.Contains("2026-08", listed, StringComparison.Ordinal);
        Assert.Contains("Åpent", listed, StringComparison.Ordinal);
        Assert.Contains("foreslått 15 000 kr", listed, StringComparison.Ordinal);
        await row.GetByRole(AriaRole.Link, new() { Name = Requirement, Exact = true }).ClickAsync();
        var deviationUrl = b.Url;
        Assert.Contains("Foreslått beløp: 15 000 kr", await TextOf(b.Locator("#sanction-heading").Locator("..")), StringComparison.Ordinal);

        // The supplier answers with a corrective action and a date, from the contract's deviations.
        var doneBy = DateTime.UtcNow.AddDays(21);
        await s.GotoAsync("/Contracts");
        await s.GetByRole(AriaRole.Link, new() { Name = Contract, Exact = true }).ClickAsync();
        await s.GetByRole(AriaRole.Link, new() { Name = "Avvik (1 åpne)", Exact = true }).ClickAsync();
        await s.GetByRole(AriaRole.Link, new() { Name = Requirement, Exact = true }).ClickAsync();
        await s.GetByLabel("Korrigerende tiltak").FillAsync("Stage IIIA-graveren byttes med en Stage V-maskin på HVO100 fra neste uke.");
        await s.GetByLabel("Gjennomført innen").FillAsync(doneBy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        // Sent from the keyboard, as a person tabbing through the form would.
        await s.GetByRole(AriaRole.Button, new() { Name = "Send svaret", Exact = true }).FocusAsync();
        await s.Keyboard.PressAsync("Enter");
        await s.WaitForURLAsync(deviationUrl);
        Assert.Contains("Svaret er sendt.", await s.GetByRole(AriaRole.Status).First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Besvart", await s.Locator("h1 + .ds-tag").InnerTextAsync(), StringComparison.Ordinal);

        // The buyer reads the answer and closes the deviation with the proposed sanction, confirming its amount.
        await b.GotoAsync(deviationUrl);
        var answer = await TextOf(b.Locator("#answer-heading").Locator(".."));
        Assert.Contains("Stage V-maskin på HVO100", answer, StringComparison.Ordinal);
        Assert.Contains(doneBy.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), answer, StringComparison.Ordinal);
        await b.GetByLabel("Utfall").SelectOptionAsync(new SelectOptionValue { Label = "Sanksjon ilagt" });
        await b.GetByLabel("Kommentar").FillAsync("Sanksjon etter kontraktens klimakrav for august.");
        await b.Locator("#confirmedAmountNok").FillAsync("15000");
        await b.GetByRole(AriaRole.Button, new() { Name = "Lukk avviket", Exact = true }).ClickAsync();
        Assert.Contains("Avviket er lukket.", await b.GetByRole(AriaRole.Status).First.InnerTextAsync(), StringComparison.Ordinal);
        var closing = await TextOf(b.Locator("#close-heading").Locator(".."));
        Assert.Contains("Sanksjon ilagt", closing, StringComparison.Ordinal);
        Assert.Contains("15 000 kr", closing, StringComparison.Ordinal);
        Assert.Equal(0, await b.GetByRole(AriaRole.Button, new() { Name = "Lukk avviket", Exact = true }).CountAsync());
        await AxeCheck.AssertNoViolationsAsync(b);

        // The list says it is closed with the amount confirmed; the supplier sees the same.
        await b.GotoAsync(contractUrl);
        await b.GetByRole(AriaRole.Link, new() { Name = "Avvik (0 åpne)", Exact = true }).ClickAsync();
        var closedRow = await TextOf(b.GetByRole(AriaRole.Row).Filter(new() { HasText = Requirement }));
        Assert.Contains("Lukket", closedRow, StringComparison.Ordinal);
        Assert.Contains("15 000 kr", closedRow, StringComparison.Ordinal);
        await s.GotoAsync(deviationUrl);
        Assert.Contains("Sanksjon ilagt", await TextOf(s.Locator("#close-heading").Locator("..")), StringComparison.Ordinal);
    }
}
