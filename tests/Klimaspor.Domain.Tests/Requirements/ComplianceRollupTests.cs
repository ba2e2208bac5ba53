using Klimaspor.Domain.Requirements;
using static Klimaspor.Domain.Tests.Requirements.Site;

namespace Klimaspor.Domain.Tests.Requirements;

// Issue 13, pages item 3: "a compliance status column to the contracts list: the worst status of the current windows,
// with counts, decided once in the domain".
public sealed class ComplianceRollupTests
{
    private const ComplianceStatus Met = ComplianceStatus.Met;
    private const ComplianceStatus NotMet = ComplianceStatus.NotMet;
    private const ComplianceStatus CannotAssess = ComplianceStatus.CannotAssess;
    private const ComplianceStatus NotYetDue = ComplianceStatus.NotYetDue;

    [Fact]
    public void Of_OneNotMetAmongMetAndUnassessable_NotMetWithEveryCount()
    {
        var rollup = ComplianceRollup.Of([Met, CannotAssess, NotMet, Met, NotYetDue]);

        Assert.Equal(new ComplianceRollup(RollupStatus.NotMet, Met: 2, NotMet: 1, CannotAssess: 1, NotYetDue: 1), rollup);
        Assert.Equal(5, rollup.Requirements);
    }

    [Fact]
    public void Of_CannotAssessBesideMet_CannotAssess()
    {
        Assert.Equal(RollupStatus.CannotAssess, ComplianceRollup.Of([Met, CannotAssess, Met]).Status);
    }

    [Fact]
    public void Of_MetBesideNotYetDue_Met()
    {
        var rollup = ComplianceRollup.Of([NotYetDue, Met, NotYetDue]);

        Assert.Equal((RollupStatus.Met, 1, 2), (rollup.Status, rollup.Met, rollup.NotYetDue));
    }

    [Fact]
    public void Of_EveryRequirementNotYetDue_NothingDueNotMet()
    {
        // A contract that has not started reporting must not read as compliant.
        Assert.Equal(RollupStatus.NothingDue, ComplianceRollup.Of([NotYetDue, NotYetDue]).Status);
    }

    [Fact]
    public void Of_RequirementWithoutVerdict_CountsAsNotYetDue()
    {
        var rollup = ComplianceRollup.Of([null, Met]);

        Assert.Equal((RollupStatus.Met, 1, 1), (rollup.Status, rollup.Met, rollup.NotYetDue));
    }

    [Fact]
    public void Of_NoRequirements_NoRequirementsAndZeroCounts()
    {
        Assert.Equal(new ComplianceRollup(RollupStatus.NoRequirements, 0, 0, 0, 0), ComplianceRollup.Of(Array.Empty<ComplianceStatus?>()));
    }

    [Fact]
    public void RollupStatus_SortsWorstFirst()
    {
        Assert.Equal(
            [RollupStatus.NotMet, RollupStatus.CannotAssess, RollupStatus.Met, RollupStatus.NothingDue, RollupStatus.NoRequirements],
            Enum.GetValues<RollupStatus>().Order());
    }

    [Fact]
    public void Of_EvaluationResults_ReadsEachRequirementsCurrentWindow()
    {
        // January: half the machine hours zero-emission (not met); February: all of them (met); March not yet due.
        // The current window is February, so the contract is met now although January failed.
        var facts = Contract(
            Month(1, Machine("PIN-1", "el-batteri", hours: 50), Machine("PIN-2", hours: 50)),
            Month(2, Machine("PIN-1", "el-batteri", hours: 100)),
            Unsubmitted(3));
        var zeroEmission = new RequirementRule
        {
            Key = "ze",
            ClauseText = "Minst 75 % utslippsfrie maskintimer.",
            Metric = MetricCatalogue.Find(MetricCatalogue.ZeroEmissionMachineHourShare)!.Definition,
            Comparison = Comparison.AtLeast,
            Threshold = 0.75m,
        };
        var promise = zeroEmission with { Key = "ze-promise", Threshold = 0.9m, Window = RequirementWindow.Cumulative };

        var results = ComplianceEvaluation.Evaluate(facts, [zeroEmission, promise], new DateOnly(2025, 3, 15));
        var rollup = ComplianceRollup.Of(results);

        // Cumulative over January and February: 150 of 200 hours, 75 %, below the promised 90 %.
        Assert.Equal(new ComplianceRollup(RollupStatus.NotMet, Met: 1, NotMet: 1, CannotAssess: 0, NotYetDue: 0), rollup);
    }
}
