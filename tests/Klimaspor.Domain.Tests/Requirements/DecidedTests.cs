using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Domain.Requirements;
using static Klimaspor.Domain.Tests.Requirements.Site;

namespace Klimaspor.Domain.Tests.Requirements;

/// <summary>
/// Decided is decided (issue 14 item 7): "where the reported periods already break an 'at most' limit on a sum that
/// cannot fall (CO₂e, fossil litres) or a count, the verdict is not met now, naming any periods still missing — not
/// 'cannot be assessed'". No public source states it in these words; it follows from the arithmetic of the clauses:
/// the climate budget preset caps "samlede utslipp … for hele kontrakten", and emissions and litres reported are never
/// negative, so a missing report can only add to a sum already over its cap.
/// </summary>
public sealed class DecidedTests
{
    private static readonly RequirementRule Cap = Assert.Single(Preset(RequirementPresets.Co2eCap, (RequirementPresets.TonnesParameter, 1m)));

    private static readonly RequirementRule FossilLitres = new()
    {
        Key = "fossil",
        ClauseText = "Høyst 100 liter fossilt drivstoff per måned.",
        Metric = MetricCatalogue.Find(MetricCatalogue.FossilLitres)!.Definition,
        Comparison = Comparison.AtMost,
        Threshold = 100,
        Window = RequirementWindow.Cumulative,
    };

    private static readonly RequirementRule ZeroEmissionHours = new()
    {
        Key = "ze",
        ClauseText = "Minst 75 % utslippsfrie maskintimer.",
        Metric = MetricCatalogue.Find(MetricCatalogue.ZeroEmissionMachineHourShare)!.Definition,
        Comparison = Comparison.AtLeast,
        Threshold = 0.75m,
        Window = RequirementWindow.Cumulative,
    };

    [Fact]
    public void Cumulative_LitresOverTheLimitAndAMonthMissing_NotMetNamingTheMissingMonth()
    {
        var facts = Contract(Month(1, Machine("PIN-1", "diesel", litres: 150)), Unsubmitted(2), Month(3, Machine("PIN-1", "diesel", litres: 10)));

        var verdict = EvaluateOne(facts, FossilLitres).Verdicts[2];

        Assert.Equal((ComplianceStatus.NotMet, 160m), (verdict.Status, verdict.Measured));
        Assert.Equal(["PIN-1"], verdict.Offenders);
        Assert.Contains(verdict.Reasons, r => r.MessageKey == RequirementMessageKeys.DecidedWhileMissing && Equals(r.Arguments[0], "2025-02"));
    }

    [Fact]
    public void Cumulative_LitresUnderTheLimitAndAMonthMissing_StillCannotAssess()
    {
        var facts = Contract(Month(1, Machine("PIN-1", "diesel", litres: 50)), Unsubmitted(2));

        var verdict = EvaluateOne(facts, FossilLitres).Verdicts[1];

        Assert.Equal(ComplianceStatus.CannotAssess, verdict.Status);
        Assert.Equal(RequirementMessageKeys.ReportMissing, Assert.Single(verdict.Reasons).MessageKey);
    }

    [Fact]
    public void EachPeriod_MainSuppliersLinesAlreadyOverSubcontractorMissing_NotMetNamingTheSubcontractor()
    {
        var period = Month(1, Machine("PIN-1", "diesel", litres: 400)) with { MissingReporters = [new Reporter("974760673", "Brødrene Dahl Graving AS")] };

        var verdict = Only(Contract(period), FossilLitres with { Window = RequirementWindow.EachPeriod });

        Assert.Equal(ComplianceStatus.NotMet, verdict.Status);
        Assert.Contains("Still missing: Brødrene Dahl Graving AS (974760673) – 2025-01.", verdict.Read(), StringComparison.Ordinal);
    }

    [Fact]
    public void WholeContract_CapAlreadyExceededBeforeTheEnd_NotMetNow()
    {
        // 1 tonne cap; 1.2 t after the first month of three: later months cannot bring it back under.
        var facts = Contract(Month(1, Machine("PIN-1", "diesel", emissions: 1200)), Unsubmitted(2), Unsubmitted(3));

        var verdict = Only(facts, Cap, new DateOnly(2025, 2, 20));

        Assert.Equal((ComplianceStatus.NotMet, 1200m), (verdict.Status, verdict.Measured));
        Assert.Contains(verdict.Reasons, r => r.MessageKey == RequirementMessageKeys.DecidedBeforeDue);
    }

    [Fact]
    public void WholeContract_CapNotYetReached_NotYetDue()
    {
        var facts = Contract(Month(1, Machine("PIN-1", "diesel", emissions: 800)), Unsubmitted(2), Unsubmitted(3));

        Assert.Equal(ComplianceStatus.NotYetDue, Only(facts, Cap, new DateOnly(2025, 2, 20)).Status);
    }

    [Fact]
    public void Share_FarBelowWithAMonthMissing_CannotAssessAShareCanMoveEitherWay()
    {
        var facts = Contract(Month(1, Machine("PIN-1", "diesel")), Unsubmitted(2));

        Assert.Equal(ComplianceStatus.CannotAssess, EvaluateOne(facts, ZeroEmissionHours).Verdicts[1].Status);
    }

    [Fact]
    public void Count_TwoLateReportsAgainstAtMostOne_NotMetBeforeTheWindowEnds()
    {
        var onTime = Assert.Single(Preset(RequirementPresets.ReportsOnTime));
        var facts = Contract(Unsubmitted(1), Unsubmitted(2), Unsubmitted(3), Unsubmitted(4));

        var verdict = Only(facts, onTime with { Window = RequirementWindow.WholeContract, Threshold = 1 }, new DateOnly(2025, 3, 20));

        Assert.Equal((ComplianceStatus.NotMet, 2m), (verdict.Status, verdict.Measured));
    }
}
