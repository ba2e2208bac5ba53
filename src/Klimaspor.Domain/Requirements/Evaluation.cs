namespace Klimaspor.Domain.Requirements;

/// <summary>A requirement's status in one window.</summary>
public enum ComplianceStatus
{
    Met,
    NotMet,

    /// <summary>Data the verdict needs is missing: a report not submitted, no machine hours in scope, unknown classes…</summary>
    CannotAssess,

    /// <summary>The window has not ended and its report is not due yet.</summary>
    NotYetDue,
}

/// <summary>
/// A sentence for people, kept as a message key with arguments (a key of <see cref="Reporting.MessageKeys"/>, its
/// texts in the app's Resources/texts.json) so a stored verdict reads in the reader's language. Arguments are strings,
/// numbers or dates.
/// </summary>
public sealed record Explanation(string MessageKey, IReadOnlyList<object?> Arguments)
{
    public Explanation(string messageKey, params object?[] arguments)
        : this(messageKey, (IReadOnlyList<object?>)arguments)
    {
    }
}

/// <summary>The verdict on one requirement in one window.</summary>
public sealed record WindowVerdict
{
    /// <summary>The period (<c>YYYY-MM</c>) for each-period windows, the last period counted for cumulative ones, and
    /// <c>contract</c> for the whole contract.</summary>
    public required string Window { get; init; }

    public ComplianceStatus Status { get; init; }

    /// <summary>The measured value in the metric's unit (shares as fractions); null when it could not be measured.</summary>
    public decimal? Measured { get; init; }

    /// <summary>The threshold as written in the requirement.</summary>
    public decimal Threshold { get; init; }

    /// <summary>The threshold applied, after grid relief; equal to <see cref="Threshold"/> without relief.</summary>
    public decimal EffectiveThreshold { get; init; }

    /// <summary>Why: the machines, vehicles or lines behind a failure, what data is missing, what relief applied.</summary>
    public IReadOnlyList<Explanation> Reasons { get; init; } = [];

    /// <summary>The identifiers (machine ids, reg. nos, source ids, delivery notes) behind a failure, for lists and deviations.</summary>
    public IReadOnlyList<string> Offenders { get; init; } = [];

    /// <summary>References of the approved waivers that changed which lines counted.</summary>
    public IReadOnlyList<string> WaiversUsed { get; init; } = [];

    public SanctionProposal? Sanction { get; init; }

    /// <summary>
    /// Cannot be assessed because the supplier has not documented what the rule turns on (the feedstock of biofuel it
    /// used): once the window is due this is a deviation of its own, "documentation missing", not a wait for data.
    /// </summary>
    public bool DocumentationMissing { get; init; }
}

/// <summary>Where a cumulative or whole-contract figure is heading at the contract's end.</summary>
public sealed record Forecast
{
    /// <summary>The projected value at the end of the contract, in the metric's unit.</summary>
    public decimal? Projected { get; init; }

    /// <summary>True when the projection misses the threshold: the early warning.</summary>
    public bool HeadingForFailure { get; init; }

    /// <summary>For shares and sums: what the remaining periods must achieve to still meet the threshold; null when out of reach or not applicable.</summary>
    public decimal? NeededInRemainingPeriods { get; init; }

    public int PeriodsReported { get; init; }

    public int PeriodsRemaining { get; init; }

    public IReadOnlyList<Explanation> Reasons { get; init; } = [];
}

/// <summary>One requirement's verdicts over its windows, with the forecast where the window looks ahead.</summary>
public sealed record RequirementCompliance
{
    public required RequirementRule Requirement { get; init; }

    public IReadOnlyList<WindowVerdict> Verdicts { get; init; } = [];

    /// <summary>Null for each-period requirements, which do not project.</summary>
    public Forecast? Forecast { get; init; }

    /// <summary>The latest verdict that is not <see cref="ComplianceStatus.NotYetDue"/>, or the last one.</summary>
    public WindowVerdict? Current { get; init; }
}
