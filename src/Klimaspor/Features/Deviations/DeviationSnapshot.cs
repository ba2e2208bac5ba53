using System.Globalization;
using System.Text.Json;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Requirements;
using Klimaspor.Features.FactorSets;

namespace Klimaspor.Features.Deviations;

/// <summary>
/// A domain <see cref="Explanation"/> as stored: the message key and arguments, so it reads in each reader's
/// language, and the bokmål text at the time, shown when a later version no longer knows the key.
/// </summary>
public sealed record StoredExplanation(string Key, IReadOnlyList<object?> Args, string? Text)
{
    public static StoredExplanation From(Explanation explanation) =>
        new(explanation.MessageKey, explanation.Arguments, Messages.Text(explanation.MessageKey, "nb", explanation.Arguments));

    public string Render(string culture)
    {
        var text = Messages.Text(Key, culture, Args);
        return text == Key && Text is not null ? Text : text;
    }

    public Explanation ToDomain() => new(Key, Args);
}

public sealed record StoredSanction(SanctionKind Kind, bool IsBonus, decimal AmountNok, IReadOnlyList<StoredExplanation> Arithmetic)
{
    public static StoredSanction? From(SanctionProposal? proposal) => proposal is null
        ? null
        : new StoredSanction(proposal.Kind, proposal.IsBonus, proposal.AmountNok, [.. proposal.Arithmetic.Select(StoredExplanation.From)]);

    public SanctionProposal ToDomain() => new() { Kind = Kind, IsBonus = IsBonus, AmountNok = AmountNok, Arithmetic = [.. Arithmetic.Select(a => a.ToDomain())] };
}

/// <summary>The failing verdict of one window as a deviation keeps it.</summary>
/// <param name="Unit">How to read <see cref="Measured"/> and the thresholds (<see cref="MetricUnit"/>).</param>
/// <param name="Cleared">A later evaluation no longer finds the window failing (a corrected report); it proposes no sanction then.</param>
public sealed record DeviationSnapshot(
    string Window,
    MetricUnit Unit,
    decimal? Measured,
    decimal Threshold,
    decimal EffectiveThreshold,
    IReadOnlyList<StoredExplanation> Reasons,
    IReadOnlyList<string> Offenders,
    IReadOnlyList<string> WaiversUsed,
    StoredSanction? Sanction,
    bool Cleared = false)
{
    private static readonly JsonSerializerOptions Json = new(FactorSetStore.Json) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public static DeviationSnapshot From(WindowVerdict verdict, RequirementRule rule) => new(
        verdict.Window,
        UnitOf(rule.Metric),
        verdict.Measured,
        verdict.Threshold,
        verdict.EffectiveThreshold,
        [.. verdict.Reasons.Select(StoredExplanation.From)],
        verdict.Offenders,
        verdict.WaiversUsed,
        StoredSanction.From(verdict.Sanction));

    public static IReadOnlyList<DeviationSnapshot> Read(string json) => JsonSerializer.Deserialize<List<DeviationSnapshot>>(json, Json) ?? [];

    public static string Write(IReadOnlyList<DeviationSnapshot> snapshots) => JsonSerializer.Serialize(snapshots, Json);

    public static IReadOnlyList<StoredExplanation> ReadExplanations(string json) => JsonSerializer.Deserialize<List<StoredExplanation>>(json, Json) ?? [];

    public static string WriteExplanations(IReadOnlyList<StoredExplanation> explanations) => JsonSerializer.Serialize(explanations, Json);

    /// <summary>Same failure, same figures: a re-evaluation that changes nothing leaves the deviation as it was.</summary>
    public bool SameAs(DeviationSnapshot other) => Write([this]) == Write([other]);

    /// <summary>A value in the metric's unit as people read it: shares as percentages.</summary>
    public static string Format(decimal? value, MetricUnit unit, IFormatProvider culture) => value is not { } v
        ? "–"
        : unit switch
        {
            MetricUnit.Share => (v * 100).ToString("0.#", culture) + "\u00A0%",
            MetricUnit.Count => v.ToString("N0", culture),
            MetricUnit.KgCo2e => v.ToString("N1", culture) + "\u00A0kg CO2e",
            MetricUnit.Hours => v.ToString("N1", culture) + (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "\u00A0h" : "\u00A0t"),
            MetricUnit.Kilometres => v.ToString("N0", culture) + "\u00A0km",
            MetricUnit.Litres => v.ToString("N0", culture) + "\u00A0l",
            MetricUnit.KilowattHours => v.ToString("N0", culture) + "\u00A0kWh",
            _ => v.ToString("N2", culture),
        };

    public string Format(decimal? value) => Format(value, Unit, CultureInfo.CurrentCulture);

    /// <summary>
    /// The unit a metric's values are in, for display. This mirrors the engine's MetricCatalogue.UnitOf for the
    /// aggregates and quantities of <see cref="MetricDefinition"/>; a deviation only needs it to print its figures.
    /// </summary>
    public static MetricUnit UnitOf(MetricDefinition metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return metric.Aggregate switch
        {
            MetricAggregate.Share => MetricUnit.Share,
            MetricAggregate.CountDistinct or MetricAggregate.LatePeriods => MetricUnit.Count,
            MetricAggregate.Ratio when metric.Denominator is { } d && SameKind(metric.Quantity, d) => MetricUnit.Share,
            _ => metric.Quantity switch
            {
                FactQuantity.MachineHours or FactQuantity.IdleHours => MetricUnit.Hours,
                FactQuantity.Kilometres or FactQuantity.TonneKm => MetricUnit.Kilometres,
                FactQuantity.EnergyKwh => MetricUnit.KilowattHours,
                FactQuantity.EmissionsTerritorial or FactQuantity.EmissionsLifeCycle or FactQuantity.AvoidedTerritorial => MetricUnit.KgCo2e,
                FactQuantity.FuelLitres => MetricUnit.Litres,
                _ => MetricUnit.Count,
            },
        };
    }

    private static bool SameKind(FactQuantity a, FactQuantity b) =>
        a == b || (a is FactQuantity.IdleHours or FactQuantity.MachineHours && b is FactQuantity.IdleHours or FactQuantity.MachineHours);
}
