using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Requirements;

namespace Klimaspor.Domain.Tests.Requirements;

/// <summary>
/// The decision on one window from its figures alone, as the rules in <see cref="ComplianceEvaluation"/>'s remarks
/// state them; no lines are added up here, that is the engine's part (the other tests in this folder).
/// </summary>
public sealed class WindowDecisionTests
{
    private static readonly ContractFacts Contract = new();

    // At least 75 % of machine hours zero-emission (Oslo 2025).
    private static readonly RequirementRule ZeroEmissionShare = new()
    {
        Key = "ze",
        ClauseText = "Minst 75 % utslippsfrie maskintimer.",
        Metric = MetricCatalogue.Find(MetricCatalogue.ZeroEmissionMachineHourShare)!.Definition,
        Comparison = Comparison.AtLeast,
        Threshold = 0.75m,
    };

    // No machine older than Stage IIIB (Kriterieveiviseren): a count of machines below it, at most 0.
    private static readonly RequirementRule NoneBelowStageIIIB = new()
    {
        Key = "iiib",
        ClauseText = "Ingen maskiner eldre enn trinn IIIB.",
        Metric = new MetricDefinition
        {
            Code = "below-iiib",
            LineKind = LineKind.Machine,
            Aggregate = MetricAggregate.CountDistinct,
            Condition = new LineCondition { EmissionClassBelow = EmissionClasses.StageIIIB },
        },
        Comparison = Comparison.AtMost,
        Threshold = 0,
    };

    private static WindowFigures March(decimal numerator, decimal denominator) => new()
    {
        Window = "2025-03",
        First = "2025-03",
        Last = "2025-03",
        IsDue = true,
        DueDate = new DateOnly(2025, 4, 10),
        Periods = 1,
        PeriodsSubmitted = 1,
        Numerator = numerator,
        Denominator = denominator,
        LinesInScope = 2,
    };

    private static string Read(WindowVerdict verdict) =>
        string.Join("\n", verdict.Reasons.Select(r => Messages.Text(r.MessageKey, "en", r.Arguments)));

    [Fact]
    public void Decide_ShareAtThreshold_MetWithTheArithmetic()
    {
        var verdict = WindowDecision.Decide(ZeroEmissionShare, March(75, 100), Contract);

        Assert.Equal(ComplianceStatus.Met, verdict.Status);
        Assert.Equal(0.75m, verdict.Measured);
        Assert.Equal("Measured: 75%. The requirement is at least 75%.", Read(verdict));
        Assert.Empty(verdict.Offenders);
    }

    [Fact]
    public void Decide_ShareBelowThreshold_NotMetNamingTheHeaviestOffenderFirst()
    {
        var figures = March(60, 100) with { Offenders = [new("PIN-2", "diesel", 10), new("PIN-3", "diesel", 30)] };

        var verdict = WindowDecision.Decide(ZeroEmissionShare, figures, Contract);

        Assert.Equal(ComplianceStatus.NotMet, verdict.Status);
        Assert.Equal(0.6m, verdict.Measured);
        Assert.Equal(["PIN-3", "PIN-2"], verdict.Offenders);
        Assert.Contains("This concerns PIN-3 (diesel), PIN-2 (diesel).", Read(verdict), StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_OffendersOfEqualWeight_KeepTheOrderMet()
    {
        var figures = March(0, 100) with { Offenders = [new("PIN-5", "diesel", 50), new("PIN-1", "diesel", 50)] };

        Assert.Equal(["PIN-5", "PIN-1"], WindowDecision.Decide(ZeroEmissionShare, figures, Contract).Offenders);
    }

    [Fact]
    public void Decide_MetWithLinesThatFellShort_NamesNoOffenders()
    {
        var figures = March(90, 100) with { Offenders = [new("PIN-2", "diesel", 10)] };

        var verdict = WindowDecision.Decide(ZeroEmissionShare, figures, Contract);

        Assert.Equal(ComplianceStatus.Met, verdict.Status);
        Assert.Empty(verdict.Offenders);
    }

    [Fact]
    public void Decide_TwelveOffenders_NamesTenAndCountsTheRest()
    {
        var figures = March(0, 1200) with { Offenders = [.. Enumerable.Range(1, 12).Select(i => new Offender($"PIN-{i}", null, 100))] };

        var verdict = WindowDecision.Decide(ZeroEmissionShare, figures, Contract);

        Assert.Equal(12, verdict.Offenders.Count);
        Assert.Contains("This concerns PIN-1, PIN-2, PIN-3, PIN-4, PIN-5, PIN-6, PIN-7, PIN-8, PIN-9, PIN-10 and 2 more.", Read(verdict), StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_NoMachineHours_CannotAssessRatherThanZeroPercent()
    {
        var verdict = WindowDecision.Decide(ZeroEmissionShare, March(0, 0), Contract);

        Assert.Equal(ComplianceStatus.CannotAssess, verdict.Status);
        Assert.Null(verdict.Measured);
        Assert.Equal("No machine hours within the requirement's scope in 2025-03, so the value cannot be computed.", Read(verdict));
    }

    [Fact]
    public void Decide_OnlyWaivedMachinesAndNoneUnderAWaiver_MetAsThereIsNothingItGoverns()
    {
        var onlyWaived = ZeroEmissionShare with { Scope = new RequirementScope { Waivers = WaiverFilter.OnlyWaived } };

        var verdict = WindowDecision.Decide(onlyWaived, March(0, 0) with { LinesInScope = 0 }, Contract);

        Assert.Equal(ComplianceStatus.Met, verdict.Status);
        Assert.Equal("No machine had an approved waiver in 2025-03, so there is nothing to assess.", Read(verdict));
    }

    [Fact]
    public void Decide_OverdueReportInWindow_CannotAssessNamingThePeriod()
    {
        var figures = March(100, 100) with { First = "2025-01", Window = "2025-03", MissingPeriods = ["2025-02"] };

        var verdict = WindowDecision.Decide(ZeroEmissionShare with { Window = RequirementWindow.Cumulative }, figures, Contract);

        Assert.Equal(ComplianceStatus.CannotAssess, verdict.Status);
        Assert.Null(verdict.Measured);
        Assert.Equal(RequirementMessageKeys.ReportMissing, Assert.Single(verdict.Reasons).MessageKey);
        Assert.Equal("2025-02", Assert.Single(verdict.Reasons).Arguments[0]);
    }

    [Fact]
    public void Decide_UnknownClassCouldTurnTheCount_CannotAssessNamingTheUnknownMachine()
    {
        var figures = March(0, 0) with { UnknownLines = [new("PIN-9", EmissionClasses.Ukjent, 1)] };

        var verdict = WindowDecision.Decide(NoneBelowStageIIIB, figures, Contract);

        Assert.Equal(ComplianceStatus.CannotAssess, verdict.Status);
        Assert.Equal(["PIN-9"], verdict.Offenders);
        Assert.Equal(RequirementMessageKeys.UnknownEmissionClassBlocks, Assert.Single(verdict.Reasons).MessageKey);
    }

    [Fact]
    public void Decide_UnknownMachineAlreadyAnOffender_CountStandsAtNotMet()
    {
        // PIN-9 is below Stage IIIB in one line and unknown in another: counting the unknown line cannot add a machine.
        var figures = March(0, 0) with { Offenders = [new("PIN-9", EmissionClasses.StageII, 1)], UnknownLines = [new("PIN-9", EmissionClasses.Ukjent, 1)] };

        var verdict = WindowDecision.Decide(NoneBelowStageIIIB, figures, Contract);

        Assert.Equal(ComplianceStatus.NotMet, verdict.Status);
        Assert.Equal(1m, verdict.Measured);
        Assert.Equal([RequirementMessageKeys.Result(MetricUnit.Count, Comparison.AtMost), RequirementMessageKeys.Offenders, RequirementMessageKeys.UnknownEmissionClass],
            verdict.Reasons.Select(r => r.MessageKey));
    }

    [Fact]
    public void Decide_UnknownHoursCannotTurnTheShare_ResultStands()
    {
        // 90 h of 100 zero-emission whether or not the 5 unknown hours count.
        var verdict = WindowDecision.Decide(ZeroEmissionShare, March(90, 100) with { Unknown = 5 }, Contract);

        Assert.Equal(ComplianceStatus.Met, verdict.Status);
        Assert.Equal(0.9m, verdict.Measured);
    }

    [Fact]
    public void Decide_EachPeriodNotYetDue_NoFigure()
    {
        var verdict = WindowDecision.Decide(ZeroEmissionShare, March(50, 100) with { IsDue = false }, Contract);

        Assert.Equal(ComplianceStatus.NotYetDue, verdict.Status);
        Assert.Null(verdict.Measured);
        Assert.Equal(RequirementMessageKeys.ReportNotYetDue, Assert.Single(verdict.Reasons).MessageKey);
    }

    [Fact]
    public void Decide_CumulativeNotYetDue_ShowsTheFigureSoFar()
    {
        var verdict = WindowDecision.Decide(ZeroEmissionShare with { Window = RequirementWindow.Cumulative }, March(50, 100) with { IsDue = false }, Contract);

        Assert.Equal(ComplianceStatus.NotYetDue, verdict.Status);
        Assert.Equal(0.5m, verdict.Measured);
        Assert.Equal([RequirementMessageKeys.ReportNotYetDue, RequirementMessageKeys.Result(MetricUnit.Share, Comparison.AtLeast)], verdict.Reasons.Select(r => r.MessageKey));
    }

    [Fact]
    public void Decide_GridReliefInOnePeriod_ThresholdReducedProRata()
    {
        // 60 of the 100 kW needed: 75 % × 60 / 100 = 45 %, which 50 % meets.
        var figures = March(50, 100) with
        {
            ReliefPeriods = 1,
            CountedPeriods = 1,
            ReliefWeighted = 0.6m * 100,
            ReliefWeight = 100,
            ReliefSum = 0.6m,
            LastRelief = new GridCapacity("2025-03", 60, 100),
        };

        var verdict = WindowDecision.Decide(ZeroEmissionShare with { GridRelief = true }, figures, Contract);

        Assert.Equal(ComplianceStatus.Met, verdict.Status);
        Assert.Equal(0.75m, verdict.Threshold);
        Assert.Equal(0.45m, verdict.EffectiveThreshold);
        Assert.Contains("The requirement is reduced pro rata: 75% × 60 / 100 = 45%.", Read(verdict), StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_GridReliefOverTwoPeriods_MeanWeightedByMachineHours()
    {
        // Half the power in a month of 300 h, all of it in a month of 100 h: 75 % × (0.5 × 300 + 1 × 100) / 400 = 46.875 %,
        // not the plain mean 75 % × 0.75 = 56.25 %.
        var figures = March(200, 400) with { First = "2025-02", ReliefPeriods = 1, CountedPeriods = 2, ReliefWeighted = 250, ReliefWeight = 400, ReliefSum = 1.5m };

        var verdict = WindowDecision.Decide(ZeroEmissionShare with { GridRelief = true, Window = RequirementWindow.Cumulative }, figures, Contract);

        Assert.Equal(0.46875m, verdict.EffectiveThreshold);
        Assert.Equal(ComplianceStatus.Met, verdict.Status);
        Assert.Equal(RequirementMessageKeys.GridReliefWeighted, verdict.Reasons[^1].MessageKey);
    }

    [Fact]
    public void Decide_GridReliefOnAnAtMostRequirement_ThresholdUnchanged()
    {
        var atMost = ZeroEmissionShare with { GridRelief = true, Comparison = Comparison.AtMost };
        var figures = March(50, 100) with { ReliefPeriods = 1, CountedPeriods = 1, ReliefWeighted = 60, ReliefWeight = 100, ReliefSum = 0.6m };

        Assert.Equal(0.75m, WindowDecision.Decide(atMost, figures, Contract).EffectiveThreshold);
    }

    [Fact]
    public void Decide_LateReport_NotMetNamingThePeriodAndItsDates()
    {
        var onTime = Assert.Single(RequirementPresets.Build(RequirementPresets.ReportsOnTime, new Dictionary<string, decimal>()));
        var figures = March(1, 0) with
        {
            Offenders = [new("2025-03", null, 1)],
            LatePeriods = [new LatePeriod("2025-03", new DateOnly(2025, 4, 10), new DateOnly(2025, 4, 14))],
        };

        var verdict = WindowDecision.Decide(onTime, figures, Contract);

        Assert.Equal(ComplianceStatus.NotMet, verdict.Status);
        Assert.Equal(1m, verdict.Measured);
        Assert.Equal(["2025-03"], verdict.Offenders);
        var late = verdict.Reasons[^1];
        Assert.Equal(RequirementMessageKeys.ReportLate, late.MessageKey);
        Assert.Equal(["2025-03", new DateOnly(2025, 4, 10), new DateOnly(2025, 4, 14)], late.Arguments);
    }

    [Fact]
    public void Decide_WaiversUsedAndClaimed_ShownOnTheVerdict()
    {
        var figures = March(75, 100) with
        {
            WaiversUsed = [Site.Waiver("F-1", "PIN-4", "2025-03")],
            UnapprovedWaivers = [new WaiverClaim("PIN-6", "F-9", "2025-03")],
        };

        var verdict = WindowDecision.Decide(ZeroEmissionShare, figures, Contract);

        Assert.Equal(["F-1"], verdict.WaiversUsed);
        Assert.Equal("Approved waivers applied: F-1 (PIN-4, 2025-03-01–2025-03-31).", Messages.Text(verdict.Reasons[1].MessageKey, "en", verdict.Reasons[1].Arguments));
        Assert.Equal(new Explanation(RequirementMessageKeys.WaiverNotApproved, "PIN-6", "F-9", "2025-03").Arguments, verdict.Reasons[2].Arguments);
    }
}
