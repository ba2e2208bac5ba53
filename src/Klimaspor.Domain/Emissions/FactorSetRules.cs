using System.Text.RegularExpressions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Validation;

namespace Klimaspor.Domain.Emissions;

/// <summary>
/// The publishing rules. A published version never changes, because stored results name it and must stay
/// reproducible; a change is a new draft version, which is edited, validated and published in its turn.
/// </summary>
public static partial class FactorSetRules
{
    /// <summary>
    /// No factor or assumption comes near this (diesel is 3.3 kg CO2e per litre, hydrogen 33.3 kWh per kg), so a
    /// larger value is a typing error. The cap also keeps every calculated figure within what a line stores.
    /// </summary>
    public const decimal MaxValue = 1000m;

    /// <summary>
    /// Copies a set into a new draft whose version is one above the highest version the key has
    /// (<paramref name="latestVersion"/>: the basis may be an older version than the latest).
    /// </summary>
    public static FactorSet NewVersion(FactorSet basis, int latestVersion)
    {
        ArgumentNullException.ThrowIfNull(basis);
        return basis with
        {
            Version = Math.Max(basis.Version, latestVersion) + 1,
            Status = FactorSetStatus.Draft,
        };
    }

    /// <summary>A new set under its own key, copied from another: draft version 1 of the new key.</summary>
    public static FactorSet CopyAs(FactorSet basis, string key)
    {
        ArgumentNullException.ThrowIfNull(basis);
        return basis with { Key = key, Version = 1, Status = FactorSetStatus.Draft };
    }

    /// <summary>Replaces a draft by an edited copy. A published set refuses every change.</summary>
    public static Outcome<FactorSet> Change(FactorSet current, FactorSet edited)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(edited);
        if (current.Status == FactorSetStatus.Published)
        {
            return Immutable(current);
        }

        var errors = new List<Problem>();
        if (!string.Equals(edited.Key, current.Key, StringComparison.Ordinal))
        {
            errors.Add(new("key", MessageKeys.FactorSetIdentityChanged, null, current.Key, current.Version));
        }

        if (edited.Version != current.Version)
        {
            errors.Add(new("version", MessageKeys.FactorSetIdentityChanged, null, current.Key, current.Version));
        }

        if (edited.Status != FactorSetStatus.Draft)
        {
            errors.Add(new("status", MessageKeys.FactorSetPublishThroughPublish));
        }

        return errors.Count == 0 ? Outcome<FactorSet>.Ok(edited) : Outcome<FactorSet>.Invalid(errors);
    }

    /// <summary>Publishes a valid draft. From then on the version is frozen.</summary>
    public static Outcome<FactorSet> Publish(FactorSet draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Status == FactorSetStatus.Published)
        {
            return Immutable(draft);
        }

        var errors = Validate(draft);
        return errors.Count == 0
            ? Outcome<FactorSet>.Ok(draft with { Status = FactorSetStatus.Published })
            : Outcome<FactorSet>.Invalid(errors);
    }

    /// <summary>Every problem with a set at once, each with its field path, so a form can mark them all.</summary>
    public static IReadOnlyList<Problem> Validate(FactorSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var errors = new List<Problem>();

        if (string.IsNullOrWhiteSpace(set.Key) || !KeyPattern().IsMatch(set.Key))
        {
            errors.Add(new("key", MessageKeys.FactorSetKeyInvalid, null, set.Key ?? string.Empty));
        }

        if (set.Version < 1)
        {
            errors.Add(new("version", MessageKeys.FactorSetVersionInvalid, null, set.Version));
        }

        ValidateBaseline(set.Baseline, errors);
        TextField.Read(set.Description, "description", TextField.ParagraphMaxLength, errors, multiline: true);

        var seen = new HashSet<(string, QuantityUnit)>();
        for (var i = 0; i < set.Factors.Count; i++)
        {
            ValidateFactor(set, i, seen, errors);
        }

        return errors;
    }

    private static void ValidateBaseline(BaselineAssumptions baseline, List<Problem> errors)
    {
        if (baseline.DieselKwhPerLitre <= 0)
        {
            errors.Add(new("baseline.dieselKwhPerLitre", MessageKeys.FactorSetNotPositive, null, baseline.DieselKwhPerLitre));
        }

        if (baseline.ElectricDriveLitresPerKwh < 0)
        {
            errors.Add(new("baseline.electricDriveLitresPerKwh", MessageKeys.FactorSetNegativeValue, null, baseline.ElectricDriveLitresPerKwh));
        }

        if (baseline.DieselKgCo2ePerLitre < 0)
        {
            errors.Add(new("baseline.dieselKgCo2ePerLitre", MessageKeys.FactorSetNegativeValue, null, baseline.DieselKgCo2ePerLitre));
        }

        CheckNotTooLarge("baseline.dieselKwhPerLitre", baseline.DieselKwhPerLitre, errors);
        CheckNotTooLarge("baseline.electricDriveLitresPerKwh", baseline.ElectricDriveLitresPerKwh, errors);
        CheckNotTooLarge("baseline.dieselKgCo2ePerLitre", baseline.DieselKgCo2ePerLitre, errors);
        RequireSource("baseline.dieselKwhPerLitreSource", baseline.DieselKwhPerLitreSource, errors);
        RequireSource("baseline.electricDriveLitresPerKwhSource", baseline.ElectricDriveLitresPerKwhSource, errors);
        RequireSource("baseline.dieselKgCo2ePerLitreSource", baseline.DieselKgCo2ePerLitreSource, errors);
    }

    private static void ValidateFactor(FactorSet set, int index, HashSet<(string, QuantityUnit)> seen, List<Problem> errors)
    {
        var factor = set.Factors[index];
        var path = $"factors[{index}]";

        if (!EnergyCarrier.TryFind(factor.Carrier, out var carrier) || carrier.Code != factor.Carrier)
        {
            errors.Add(new(path + ".carrier", MessageKeys.FactorSetUnknownCarrier, null, factor.Carrier ?? string.Empty));
        }
        else if (carrier.IsPlugInHybrid)
        {
            // A hybrid row would never be read (hybrids are priced by their fuel and el-batteri), so it could only mislead.
            errors.Add(new(path + ".carrier", MessageKeys.FactorSetHybridHasNoFactor, null, carrier.Code));
        }
        else if (!carrier.CanBeReportedIn(factor.Unit))
        {
            errors.Add(new(path + ".unit", MessageKeys.FactorSetUnitNotAllowed, null, carrier.Code, factor.Unit.Code()));
        }

        if (!seen.Add((factor.Carrier ?? string.Empty, factor.Unit)))
        {
            errors.Add(new(path, MessageKeys.FactorSetDuplicateFactor, null, factor.Carrier ?? string.Empty, factor.Unit.Code()));
        }

        if (factor.KgCo2ePerUnit < 0)
        {
            errors.Add(new(path + ".kgCo2ePerUnit", MessageKeys.FactorSetNegativeValue, null, factor.KgCo2ePerUnit.Value));
        }

        if (factor.KwhPerUnit <= 0)
        {
            errors.Add(new(path + ".kwhPerUnit", MessageKeys.FactorSetNotPositive, null, factor.KwhPerUnit));
        }

        CheckNotTooLarge(path + ".kgCo2ePerUnit", factor.KgCo2ePerUnit, errors);
        CheckNotTooLarge(path + ".kwhPerUnit", factor.KwhPerUnit, errors);

        if (factor.Boundary != set.Boundary)
        {
            errors.Add(new(path + ".boundary", MessageKeys.FactorSetBoundaryMismatch, null, factor.Boundary.ToString(), set.Boundary.ToString()));
        }

        RequireSource(path + ".source", factor.Source, errors);
        TextField.Read(factor.Note, path + ".note", TextField.ParagraphMaxLength, errors, multiline: true);
    }

    private static void CheckNotTooLarge(string path, decimal? value, List<Problem> errors)
    {
        if (value > MaxValue)
        {
            errors.Add(new(path, MessageKeys.FactorSetValueTooLarge, null, value.Value, MaxValue));
        }
    }

    private static void RequireSource(string path, string? source, List<Problem> errors) =>
        TextField.Read(source, path, TextField.ParagraphMaxLength, errors, required: true, multiline: true, requiredKey: MessageKeys.FactorSetSourceRequired);

    private static Outcome<FactorSet> Immutable(FactorSet set) =>
        Outcome<FactorSet>.Locked(MessageKeys.FactorSetPublishedIsImmutable, set.Key, set.Version);

    // Keys appear in URLs and stored results: lower-case letters, digits and single hyphens.
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();
}
