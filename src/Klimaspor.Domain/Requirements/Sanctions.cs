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
    /// A promised level missed costs a multiple of the price advantage the promise gave in the evaluation (CO2
    /// Performance Ladder: a 30 M bid at level 3 is evaluated as 28.8 M; missing the level costs 1.5 × 1.2 M = 1.8 M).
    /// Only for promises, and decided once, on the verdict that decides the contract.
    /// </summary>
    PromiseMissed,
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
