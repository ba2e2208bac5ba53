using System.Text.Json;
using Klimaspor.Data;
using Klimaspor.Domain.Requirements;
using Klimaspor.Web;

namespace Klimaspor.Features.Deviations;

/// <summary>
/// A domain <see cref="Explanation"/> as stored: the message key and arguments, so it reads in each reader's
/// language, and the bokmål text at the time, shown when a later version no longer knows the key.
/// </summary>
public sealed record StoredExplanation(string Key, IReadOnlyList<object?> Args, string? Text)
{
    public static StoredExplanation From(Explanation explanation) =>
        new(explanation.MessageKey, explanation.Arguments, TextsLocalizer.Message(explanation.MessageKey, "nb", explanation.Arguments));

    public string Render(string culture)
    {
        var text = TextsLocalizer.Message(Key, culture, Args);
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
internal sealed record DeviationSnapshot(
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
    private static readonly JsonSerializerOptions Json = StoredJson.Options;

    public static DeviationSnapshot From(WindowVerdict verdict, RequirementRule rule) => new(
        verdict.Window,
        MetricCatalogue.UnitOf(rule.Metric),
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
}
