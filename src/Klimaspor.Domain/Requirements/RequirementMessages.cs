using System.Collections.Frozen;
using System.Reflection;

namespace Klimaspor.Domain.Requirements;

/// <summary>
/// Message keys of requirement validation and of the reasons an evaluation gives. Their texts are the app's
/// (Resources/texts.json), like every domain message's.
/// </summary>
public static class RequirementMessageKeys
{
    // Reasons. {0} a period key, a list of them, or a window such as 2025-01–2025-06, as documented at each text.
    public const string Offenders = "Requirement.Offenders";
    public const string ReportMissing = "Requirement.ReportMissing";
    public const string ReportNotYetDue = "Requirement.ReportNotYetDue";
    public const string ContractNotEnded = "Requirement.ContractNotEnded";
    public const string UnknownEmissionClassBlocks = "Requirement.UnknownEmissionClassBlocks";
    public const string UnknownEmissionClass = "Requirement.UnknownEmissionClass";
    public const string UnknownFeedstockBlocks = "Requirement.UnknownFeedstockBlocks";
    public const string UnknownEnginePowerBlocks = "Requirement.UnknownEnginePowerBlocks";
    public const string UnknownFeedstock = "Requirement.UnknownFeedstock";
    public const string WaiversUsed = "Requirement.WaiversUsed";
    public const string WaiverNotApproved = "Requirement.WaiverNotApproved";

    /// <summary>{0} machine, {1} waiver, {2} period, {3} days on site, {4} days covered: not every day, so not exempt.</summary>
    public const string WaiverPartlyCovers = "Requirement.WaiverPartlyCovers";

    /// <summary>{0} machine, {1} waiver, {2} period, {3} days on site, {4} days covered: that part of its figures is left out.</summary>
    public const string WaiverProRated = "Requirement.WaiverProRated";

    /// <summary>{0} machine, {1} waiver, {2} period, {3} fuel reported, {4} replacement fuel approved.</summary>
    public const string WaiverWrongFuel = "Requirement.WaiverWrongFuel";

    /// <summary>{0} machine, {1} waiver, {2} period: the threshold is already relieved for the grid's shortfall.</summary>
    public const string WaiverNotWithRelief = "Requirement.WaiverNotWithRelief";

    public const string RestsOnDistanceEstimates = "Requirement.RestsOnDistanceEstimates";
    public const string NoWaivedLines = "Requirement.NoWaivedLines";
    public const string GridRelief = "Requirement.GridRelief";

    /// <summary>As <see cref="GridRelief"/>, but {0} the contract site the statement is for (the verdict names the period).</summary>
    public const string GridReliefAtSite = "Requirement.GridReliefAtSite";
    public const string GridReliefWeighted = "Requirement.GridReliefWeighted";
    public const string ReportLate = "Requirement.ReportLate";
    public const string ReportOverdue = "Requirement.ReportOverdue";

    /// <summary>{0} the reporters still missing, each "name (org. no.) – period": the window cannot be assessed.</summary>
    public const string ReportersMissing = "Requirement.ReportersMissing";

    /// <summary>{0} the periods and reporters still missing; what was reported already breaks the limit.</summary>
    public const string DecidedWhileMissing = "Requirement.DecidedWhileMissing";

    /// <summary>{0} the due date of the window's last report; what was reported already breaks the limit.</summary>
    public const string DecidedBeforeDue = "Requirement.DecidedBeforeDue";

    /// <summary>Suffix of a list message's variant that ends "and {1} more".</summary>
    public const string MoreSuffix = "More";

    // Validation of a composed requirement (Problem keys).
    public const string ValidationRequired = "Requirement.Validation.Required";
    public const string ValidationKeyInvalid = "Requirement.Validation.KeyInvalid";
    public const string ValidationNotDefined = "Requirement.Validation.NotDefined";
    public const string ValidationShareOutOfRange = "Requirement.Validation.ShareOutOfRange";
    public const string ValidationNegative = "Requirement.Validation.Negative";
    public const string ValidationTooLarge = "Requirement.Validation.TooLarge";
    public const string ValidationCountNotWhole = "Requirement.Validation.CountNotWhole";
    public const string ValidationRatioNeedsDenominator = "Requirement.Validation.RatioNeedsDenominator";
    public const string ValidationDenominatorOnlyForRatio = "Requirement.Validation.DenominatorOnlyForRatio";
    public const string ValidationShareNeedsCondition = "Requirement.Validation.ShareNeedsCondition";
    public const string ValidationConditionNotUsed = "Requirement.Validation.ConditionNotUsed";
    public const string ValidationConditionEmpty = "Requirement.Validation.ConditionEmpty";
    public const string ValidationUnknownCode = "Requirement.Validation.UnknownCode";
    public const string ValidationEmissionClassNotMinimum = "Requirement.Validation.EmissionClassNotMinimum";
    public const string ValidationEmissionClassNeedsEngines = "Requirement.Validation.EmissionClassNeedsEngines";
    public const string ValidationFeedstockNeedsDeliveries = "Requirement.Validation.FeedstockNeedsDeliveries";
    public const string ValidationQuantityNotOnLines = "Requirement.Validation.QuantityNotOnLines";
    public const string ValidationWeightOnlyMachines = "Requirement.Validation.WeightOnlyMachines";
    public const string ValidationWeightBoundsOrder = "Requirement.Validation.WeightBoundsOrder";
    public const string ValidationWaiversNeedMachines = "Requirement.Validation.WaiversNeedMachines";
    public const string ValidationGridReliefNeedsAtLeast = "Requirement.Validation.GridReliefNeedsAtLeast";
    public const string ValidationScopeNotUsed = "Requirement.Validation.ScopeNotUsed";
    public const string ValidationFilterNotForLines = "Requirement.Validation.FilterNotForLines";

    // Built once, indexed by the enums' values (two comparisons per unit): a key per verdict must not cost a string
    // each time (docs/performance.md, issue 5).
    private static readonly string[] ResultKeys =
        [.. Enum.GetValues<MetricUnit>().SelectMany(u => Enum.GetValues<Comparison>().Select(c => "Requirement.Result." + u + "." + c))];

    private static readonly string[] NothingInScopeKeys = [.. Enum.GetValues<FactQuantity>().Select(q => "Requirement.NothingInScope." + q)];

    /// <summary>The messages that list names, each with a variant ending "and {1} more".</summary>
    internal static readonly string[] Lists =
        [Offenders, ReportMissing, ReportersMissing, DecidedWhileMissing, UnknownEmissionClassBlocks, UnknownEmissionClass, UnknownFeedstockBlocks, UnknownFeedstock,
            UnknownEnginePowerBlocks, WaiversUsed];

    private static readonly FrozenDictionary<string, string> MoreKeys = Lists.ToFrozenDictionary(k => k, k => k + MoreSuffix, StringComparer.Ordinal);

    /// <summary>Every key: the constants, the "and {1} more" variants, a result per unit and comparison, nothing in scope per quantity.</summary>
    public static IEnumerable<string> All =>
        typeof(RequirementMessageKeys).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name != nameof(MoreSuffix))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Concat(Lists.Select(More))
            .Concat(ResultKeys)
            .Concat(NothingInScopeKeys);

    /// <summary>The variant of a list message that ends "and {1} more".</summary>
    public static string More(string key) => MoreKeys.TryGetValue(key, out var more) ? more : key + MoreSuffix;

    /// <summary>Measured against threshold: {0} measured, {1} threshold applied, in the metric's unit.</summary>
    public static string Result(MetricUnit unit, Comparison comparison) =>
        ResultKeys[((int)unit * 2) + (int)comparison];

    /// <summary>Nothing to divide by: {0} the window.</summary>
    public static string NothingInScope(FactQuantity quantity) => NothingInScopeKeys[(int)quantity];
}
