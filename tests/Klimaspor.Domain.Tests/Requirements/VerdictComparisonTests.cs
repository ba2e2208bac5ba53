using Klimaspor.Domain.Requirements;
using static Klimaspor.Domain.Tests.Requirements.Site;

namespace Klimaspor.Domain.Tests.Requirements;

// Issue 13, pages item 3: "on the report page, before approving, the contract's verdicts with this version and
// without it side by side".
public sealed class VerdictComparisonTests
{
    private static readonly RequirementRule ZeroEmissionHours = new()
    {
        Key = "ze",
        ClauseText = "Minst 75 % utslippsfrie maskintimer.",
        Metric = MetricCatalogue.Find(MetricCatalogue.ZeroEmissionMachineHourShare)!.Definition,
        Comparison = Comparison.AtLeast,
        Threshold = 0.75m,
    };

    /// <summary>The facts with one period's lines and first submission replaced, as the app reads them without a version.</summary>
    private static ContractFacts Without(ContractFacts facts, string periodKey, IReadOnlyList<FactLine> lines, DateTimeOffset? submittedAt) => facts with
    {
        Periods = [.. facts.Periods.Select(p => p.Key == periodKey ? p with { Lines = lines, SubmittedAt = submittedAt } : p)],
    };

    [Fact]
    public void Compare_NewVersionReplacesADieselMachine_NotMetWithoutMetWith()
    {
        // February's v2 reports the excavator as electric; v1 had it on diesel.
        var with = Contract(Month(1, Machine("PIN-1", "el-batteri")), Month(2, Machine("PIN-1", "el-batteri")));
        var without = Without(with, "2025-02", [Machine("PIN-1", "diesel")], with.Periods[1].SubmittedAt);
        var cumulative = ZeroEmissionHours with { Key = "ze-cumulative", Window = RequirementWindow.Cumulative };

        var compared = VerdictComparison.Compare(with, without, [ZeroEmissionHours, cumulative], "2025-02", Later);

        Assert.Equal(["2025-02", "2025-02"], compared.Select(c => c.With!.Window));
        Assert.Equal((ComplianceStatus.Met, 1m, ComplianceStatus.NotMet, 0m),
            (compared[0].With!.Status, compared[0].With!.Measured, compared[0].Without!.Status, compared[0].Without!.Measured));
        // Cumulative up to February: 200 of 200 hours with the version, 100 of 200 without.
        Assert.Equal((1m, 0.5m), (compared[1].With!.Measured, compared[1].Without!.Measured));
        Assert.All(compared, c => Assert.True(c.StatusChanged));
    }

    [Fact]
    public void Compare_FirstVersionPastItsDueDate_WithoutItCannotBeAssessed()
    {
        var with = Contract(Month(1, Machine("PIN-1", "diesel")));
        var without = Without(with, "2025-01", [], submittedAt: null);

        var compared = Assert.Single(VerdictComparison.Compare(with, without, [ZeroEmissionHours], "2025-01", Later));

        Assert.Equal((ComplianceStatus.NotMet, ComplianceStatus.CannotAssess), (compared.With!.Status, compared.Without!.Status));
    }

    [Fact]
    public void Compare_WholeContractRequirementMetEitherWay_ValueChangesStatusDoesNot()
    {
        var with = Contract(Month(1, Machine("PIN-1", "el-batteri")), Month(2, Machine("PIN-1", "el-batteri")));
        var without = Without(with, "2025-01", [Machine("PIN-1", "diesel")], with.Periods[0].SubmittedAt);

        var compared = Assert.Single(VerdictComparison.Compare(with, without, [ZeroEmissionHours with { Window = RequirementWindow.WholeContract, Threshold = 0.4m }], "2025-01", Later));

        Assert.Equal((VerdictComparison.WholeContract, 1m, 0.5m), (compared.With!.Window, compared.With.Measured, compared.Without!.Measured));
        Assert.False(compared.StatusChanged);
        Assert.True(compared.Changed);
    }
}
