namespace Klimaspor.Domain.Requirements;

/// <summary>How a requirement's sanction or bonus is computed (domain README, "Sanctions and bonus").</summary>
public enum SanctionKind
{
    /// <summary>A fixed amount for each period (or window) not met.</summary>
    FixedPerPeriodNotMet,

    /// <summary>
    /// An amount per unit of shortfall: per non-compliant machine-day, per litre of fossil fuel… A share's shortfall is
    /// counted in percentage points.
    /// </summary>
    PerUnitOfShortfall,

    /// <summary>
    /// Statens vegvesen's climate bonus: a share of the climate result against a budget. A 100 MNOK contract 20 %
    /// under its climate budget has a climate result of 20 MNOK; at 10 % the bonus is 2 MNOK. Decided once, on the
    /// verdict that decides the contract; over budget the bonus is zero, never negative.
    /// </summary>
    ClimateBonus,

    /// <summary>
    /// A promised level missed costs a multiple of the price advantage it was not entitled to: the advantage the
    /// promised value earned in the evaluation less the advantage the achieved value would have earned (the bid's
    /// award model), so falling just short costs little and achieving nothing costs the whole advantage. Only for
    /// promises, and decided once, on the verdict that decides the contract.
    /// </summary>
    /// <remarks>
    /// The CO2 Performance Ladder gives each level an award advantage ("Op CO2-Prestatieladder niveau 3 heb je 4 %
    /// gunningvoordeel", https://deduurzameadviseurs.nl/kennisbank/co2-begrippen/wat-is-fictief-gunningsvoordeel: a 30 M
    /// bid at level 3 is evaluated as 28.8 M) and Rijkswaterstaat sanctions a level not reached with "1,5 keer het genoten
    /// voordeel bij de inschrijving" (https://www.rijkswaterstaat.nl/zakelijk/zakendoen-met-rijkswaterstaat/inkoopbeleid/duurzaam-inkopen/co2-prestatieladder).
    /// The Ladder's own guidance counts the difference between the level awarded and the level achieved, times a factor;
    /// taking back the whole advantage whatever was achieved is <see cref="SanctionRule.FullClawback"/>, the buyer's choice.
    /// </remarks>
    PromiseMissed,
}

/// <summary>How a bid's award model turns a value between its points into a price advantage.</summary>
public enum AwardInterpolation
{
    /// <summary>In a straight line between the two points around the value (points-per-percent award models).</summary>
    Linear,

    /// <summary>The advantage of the best point the value reaches (levels, such as the CO2 Performance Ladder's).</summary>
    Steps,
}

/// <summary>One point of a bid's award model: a promised value and the price advantage it earned in the evaluation.</summary>
/// <param name="Value">In the requirement's metric unit (a share as a fraction: 0.9 = 90 %).</param>
/// <param name="AdvantageNok">The deduction from the evaluated price the value earned, NOK.</param>
public sealed record AwardPoint(decimal Value, decimal AdvantageNok);

/// <summary>The unit a per-unit sanction on an emission figure is priced in; the metric itself is in kilograms.</summary>
public enum ShortfallUnit
{
    Kilogram,

    /// <summary>Tonnes CO2e: how buyers price emissions (NOK per tonne).</summary>
    Tonne,
}

/// <summary>A requirement's sanction or bonus, configured per contract.</summary>
public sealed record SanctionRule
{
    public SanctionKind Kind { get; init; }

    /// <summary>NOK per period not met (<see cref="SanctionKind.FixedPerPeriodNotMet"/>) or per unit of shortfall.</summary>
    public decimal AmountNok { get; init; }

    /// <summary><see cref="SanctionKind.ClimateBonus"/>: the share of the climate result paid out (0.10 = 10 %).</summary>
    public decimal? BonusRate { get; init; }

    /// <summary><see cref="SanctionKind.ClimateBonus"/>: the climate budget in the metric's unit (kg CO2e).</summary>
    public decimal? Budget { get; init; }

    /// <summary><see cref="SanctionKind.ClimateBonus"/>: the contract value the climate result is a share of.</summary>
    public decimal? ContractValueNok { get; init; }

    /// <summary><see cref="SanctionKind.PromiseMissed"/>: the bid price and the price it was evaluated at.</summary>
    public decimal? BidPriceNok { get; init; }

    public decimal? EvaluatedPriceNok { get; init; }

    /// <summary><see cref="SanctionKind.PromiseMissed"/>: how many times the price advantage a miss costs (1.5).</summary>
    public decimal? Multiple { get; init; }

    /// <summary><see cref="SanctionKind.PromiseMissed"/>: the bid's award model, the points of promised value and the advantage each earned.</summary>
    public IReadOnlyList<AwardPoint> AwardPoints { get; init; } = [];

    public AwardInterpolation AwardInterpolation { get; init; }

    /// <summary>
    /// <see cref="SanctionKind.PromiseMissed"/>: take back the whole advantage (bid price less evaluated price) whatever
    /// was achieved, instead of the difference the award model gives. A buyer's choice, not the default.
    /// </summary>
    public bool FullClawback { get; init; }

    /// <summary>
    /// <see cref="SanctionKind.ClimateBonus"/>: the share of the climate result deducted when the figure ends over budget
    /// (0.05 = 5 %); smaller than <see cref="BonusRate"/> ("pisken skal være mindre enn gulerota"). Null: no deduction.
    /// </summary>
    public decimal? DeductionRate { get; init; }

    /// <summary><see cref="SanctionKind.ClimateBonus"/>: an upper limit on the deduction, NOK; <see cref="CapNok"/> limits the bonus.</summary>
    public decimal? DeductionCapNok { get; init; }

    /// <summary>
    /// <see cref="SanctionKind.PerUnitOfShortfall"/> on an emission figure: whether <see cref="AmountNok"/> is per tonne or per
    /// kilogram CO2e. Required for emission figures on new requirements; null on older ones means per kilogram, as it did.
    /// </summary>
    public ShortfallUnit? PerUnit { get; init; }

    /// <summary>An upper limit on one proposal, NOK; null for none.</summary>
    public decimal? CapNok { get; init; }
}

/// <summary>
/// What the system proposes for one verdict: an amount with its arithmetic, which the buyer confirms or changes.
/// A bonus is a positive amount with <see cref="IsBonus"/> set.
/// </summary>
public sealed record SanctionProposal
{
    public SanctionKind Kind { get; init; }

    public bool IsBonus { get; init; }

    public decimal AmountNok { get; init; }

    /// <summary>The arithmetic step by step, each a message with arguments so it reads in the user's language.</summary>
    public IReadOnlyList<Explanation> Arithmetic { get; init; } = [];
}
