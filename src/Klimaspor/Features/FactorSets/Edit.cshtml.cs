using System.Globalization;
using Klimaspor.Domain.Emissions;
using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.FactorSets;

[Authorize(Policy = Policies.SystemAdmin)]
public sealed class EditModel(AppServices services, IStringLocalizer localizer) : PageModel
{
    private const int BlankRows = 3;

    [BindProperty(SupportsGet = true)] public string Key { get; set; } = string.Empty;
    [BindProperty(SupportsGet = true, Name = "version")] public int VersionNumber { get; set; }
    [BindProperty] public FactorSetForm Form { get; set; } = new();

    public FormErrors Errors { get; } = new();
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var version = (await ListFactorSets.Handle(services.Db, includeDrafts: true, cancellationToken, Key)).SingleOrDefault()?.Versions
            .SingleOrDefault(v => v.Version == VersionNumber);
        if (version is null)
        {
            return NotFound();
        }

        if (version.Status != nameof(FactorSetStatus.Draft))
        {
            return RedirectToPage("Details", new { key = Key, version = VersionNumber });
        }

        Form = FactorSetForm.From(version);
        Form.Factors.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new FactorSetForm.FactorRow()));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (input, parseErrors) = Form.ToInput();
        if (parseErrors.Count == 0)
        {
            var outcome = await ChangeFactorSets.UpdateDraft(Key, VersionNumber, input, ApiOutcomes.Version(Form.RowVersion), services, cancellationToken);
            if (outcome.Succeeded)
            {
                TempData["Flash"] = localizer["Contracts.Saved"].Value;
                return RedirectToPage("Details", new { key = Key, version = VersionNumber });
            }

            if (this.Refusal(outcome, Errors, localizer, stale: () => Conflict = true) is { } leave)
            {
                return leave;
            }
        }
        else
        {
            Errors.AddRange(parseErrors, localizer);
        }

        return Page();
    }
}

/// <summary>A draft factor set as typed: strings, so that what was typed is shown back when something is wrong.</summary>
public sealed class FactorSetForm
{
    public string? RowVersion { get; set; }
    public string? ValidFrom { get; set; }
    public string? Description { get; set; }
    public string? DieselKwhPerLitre { get; set; }
    public string? DieselKwhPerLitreSource { get; set; }
    public string? ElectricDriveLitresPerKwh { get; set; }
    public string? ElectricDriveLitresPerKwhSource { get; set; }
    public string? DieselKgCo2ePerLitre { get; set; }
    public string? DieselKgCo2ePerLitreSource { get; set; }
    public List<FactorRow> Factors { get; set; } = [];

    public sealed class FactorRow
    {
        public string? Carrier { get; set; }
        public string? Unit { get; set; }
        public string? KgCo2ePerUnit { get; set; }
        public string? KwhPerUnit { get; set; }
        public string? Source { get; set; }
        public string? Note { get; set; }
    }

    public static FactorSetForm From(FactorSetVersionView v) => new()
    {
        RowVersion = v.RowVersion,
        ValidFrom = v.ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Description = v.Description,
        DieselKwhPerLitre = Text(v.Baseline.DieselKwhPerLitre),
        DieselKwhPerLitreSource = v.Baseline.DieselKwhPerLitreSource,
        ElectricDriveLitresPerKwh = Text(v.Baseline.ElectricDriveLitresPerKwh),
        ElectricDriveLitresPerKwhSource = v.Baseline.ElectricDriveLitresPerKwhSource,
        DieselKgCo2ePerLitre = Text(v.Baseline.DieselKgCo2ePerLitre),
        DieselKgCo2ePerLitreSource = v.Baseline.DieselKgCo2ePerLitreSource,
        Factors = [.. v.Factors.Select(f => new FactorRow
        {
            Carrier = f.Carrier,
            Unit = f.Unit.Code(),
            KgCo2ePerUnit = f.KgCo2ePerUnit is { } k ? Text(k) : null,
            KwhPerUnit = Text(f.KwhPerUnit),
            Source = f.Source,
            Note = f.Note,
        })],
    };

    /// <summary>Rows left entirely blank are no factors; a factor without kg CO2e is kept as missing, and the calculation will say so.</summary>
    public (FactorSetDraftInput Input, List<Problem> Errors) ToInput()
    {
        var errors = new List<Problem>();
        var baseline = new BaselineAssumptions
        {
            DieselKwhPerLitre = FormValues.Number(DieselKwhPerLitre, "baseline.dieselKwhPerLitre", errors) ?? 0,
            DieselKwhPerLitreSource = DieselKwhPerLitreSource?.Trim() ?? string.Empty,
            ElectricDriveLitresPerKwh = FormValues.Number(ElectricDriveLitresPerKwh, "baseline.electricDriveLitresPerKwh", errors) ?? 0,
            ElectricDriveLitresPerKwhSource = ElectricDriveLitresPerKwhSource?.Trim() ?? string.Empty,
            DieselKgCo2ePerLitre = FormValues.Number(DieselKgCo2ePerLitre, "baseline.dieselKgCo2ePerLitre", errors) ?? 0,
            DieselKgCo2ePerLitreSource = DieselKgCo2ePerLitreSource?.Trim() ?? string.Empty,
        };

        var factors = new List<EmissionFactor>();
        for (var i = 0; i < Factors.Count; i++)
        {
            var row = Factors[i];
            if (string.IsNullOrWhiteSpace(row.Carrier) && string.IsNullOrWhiteSpace(row.KwhPerUnit) && string.IsNullOrWhiteSpace(row.KgCo2ePerUnit))
            {
                continue;
            }

            if (!QuantityUnits.TryParse(row.Unit, out var unit))
            {
                errors.Add(new Problem($"factors[{i}].unit", "Validation.UnknownCode", row.Unit));
            }

            factors.Add(new EmissionFactor
            {
                Carrier = row.Carrier?.Trim() ?? string.Empty,
                Unit = unit,
                KgCo2ePerUnit = FormValues.Number(row.KgCo2ePerUnit, $"factors[{i}].kgCo2ePerUnit", errors),
                KwhPerUnit = FormValues.Number(row.KwhPerUnit, $"factors[{i}].kwhPerUnit", errors) ?? 0,
                Boundary = default, // replaced by the set's own boundary when saved
                Source = row.Source?.Trim() ?? string.Empty,
                Note = string.IsNullOrWhiteSpace(row.Note) ? null : row.Note.Trim(),
            });
        }

        var validFrom = FormValues.Date(ValidFrom, "validFrom", errors);
        return (new FactorSetDraftInput(validFrom, Description, baseline, factors), errors);
    }

    private static string Text(decimal value) => value.ToString("0.######", CultureInfo.CurrentCulture);
}
