using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Requirements;
using static Klimaspor.Domain.Tests.Requirements.Site;

namespace Klimaspor.Domain.Tests.Requirements;

/// <summary>Each-period, cumulative and whole-contract windows; what is not yet due; reports late by Norwegian time.</summary>
public sealed class WindowTests
{
    private static readonly RequirementRule ZeroEmissionHours = new()
    {
        Key = "ze",
        ClauseText = "Minst 75 % utslippsfrie maskintimer.",
        Metric = MetricCatalogue.Find(MetricCatalogue.ZeroEmissionMachineHourShare)!.Definition,
        Comparison = Comparison.AtLeast,
        Threshold = 0.75m,
    };

    private static RequirementRule OnTime => Assert.Single(Preset(RequirementPresets.ReportsOnTime));

    private static ContractFacts HalfThenAll() => Contract(
        Month(1, Machine("PIN-1", "el-batteri", hours: 50), Machine("PIN-2", hours: 50)),
        Month(2, Machine("PIN-1", "el-batteri", hours: 100)),
        Unsubmitted(3));

    [Fact]
    public void EachPeriod_ThreeMonths_OneVerdictPerMonth()
    {
        var compliance = EvaluateOne(HalfThenAll(), ZeroEmissionHours, new DateOnly(2025, 4, 1));

        Assert.Equal(["2025-01", "2025-02", "2025-03"], compliance.Verdicts.Select(v => v.Window));
        Assert.Equal([ComplianceStatus.NotMet, ComplianceStatus.Met, ComplianceStatus.NotYetDue], compliance.Verdicts.Select(v => v.Status));
        Assert.Equal([0.5m, 1m, null], compliance.Verdicts.Select(v => v.Measured));
        Assert.Null(compliance.Forecast);
        Assert.Same(compliance.Verdicts[1], compliance.Current);
    }

    [Fact]
    public void Cumulative_SumsNumeratorsAndDenominatorsFromTheFirstPeriod()
    {
        var compliance = EvaluateOne(HalfThenAll(), ZeroEmissionHours with { Window = RequirementWindow.Cumulative }, new DateOnly(2025, 4, 1));

        Assert.Equal([0.5m, 0.75m], compliance.Verdicts.Take(2).Select(v => v.Measured));
        Assert.Equal([ComplianceStatus.NotMet, ComplianceStatus.Met, ComplianceStatus.NotYetDue], compliance.Verdicts.Select(v => v.Status));
        // Not yet due, but the figure so far is shown.
        Assert.Equal(0.75m, compliance.Verdicts[2].Measured);
        Assert.Contains("The report for 2025-03 is due on 10/04/2025.", compliance.Verdicts[2].Read(), StringComparison.Ordinal);
    }

    [Fact]
    public void Cumulative_OffendersUniteOverPeriods()
    {
        var facts = Contract(
            Month(1, Machine("PIN-1", "el-batteri", hours: 10), Machine("PIN-2", hours: 10)),
            Month(2, Machine("PIN-1", "el-batteri", hours: 10), Machine("PIN-3", hours: 30)));

        var verdicts = EvaluateOne(facts, ZeroEmissionHours with { Window = RequirementWindow.Cumulative }).Verdicts;

        Assert.Equal(["PIN-3", "PIN-2"], verdicts[1].Offenders);
    }

    [Fact]
    public void WholeContract_EveryReportSubmittedBeforeTheLastDueDate_Decided()
    {
        var facts = Contract(Month(1, Machine("PIN-1", "el-batteri")), Month(2, Machine("PIN-2", "el-batteri")));

        var verdict = Only(facts, ZeroEmissionHours with { Window = RequirementWindow.WholeContract }, new DateOnly(2025, 3, 1));

        Assert.Equal(("contract", ComplianceStatus.Met, 1m), (verdict.Window, verdict.Status, verdict.Measured));
    }

    [Fact]
    public void NotYetDue_SubmittedEarly_AssessedAtOnce()
    {
        var facts = Contract(Month(1, Machine("PIN-1", "diesel")));

        var verdict = Only(facts, ZeroEmissionHours, new DateOnly(2025, 2, 1));

        Assert.Equal(ComplianceStatus.NotMet, verdict.Status);
    }

    [Fact]
    public void NotYetDue_AllPeriodsAhead_CurrentIsTheLastVerdict()
    {
        var compliance = EvaluateOne(Contract(Unsubmitted(1), Unsubmitted(2)), ZeroEmissionHours, new DateOnly(2025, 1, 15));

        Assert.All(compliance.Verdicts, v => Assert.Equal(ComplianceStatus.NotYetDue, v.Status));
        Assert.Same(compliance.Verdicts[^1], compliance.Current);
    }

    [Fact]
    public void Evaluate_ContractWithoutPeriods_NoVerdictsAndNoCurrent()
    {
        var compliance = ComplianceEvaluation.Evaluate(new ContractFacts(), [.. Preset(RequirementPresets.Co2eCap), ZeroEmissionHours], Later);

        Assert.All(compliance, c => Assert.Empty(c.Verdicts));
        Assert.All(compliance, c => Assert.Null(c.Current));
    }

    [Fact]
    public void Evaluate_SeveralRequirements_OneComplianceEachInOrder()
    {
        var rules = Preset(RequirementPresets.Kriterieveiviseren);

        var compliance = ComplianceEvaluation.Evaluate(HalfThenAll(), rules, Later);

        Assert.Equal(rules, compliance.Select(c => c.Requirement));
    }

    [Theory]
    [InlineData("2025-02-10T22:59:00+00:00", ComplianceStatus.Met)] // 23:59 in Oslo (winter time): on the due day
    [InlineData("2025-02-10T23:00:00+00:00", ComplianceStatus.NotMet)] // 00:00 on the 11th in Oslo
    public void OnTime_EndOfTheDueDayInWinter_NorwegianTime(string submitted, ComplianceStatus expected)
    {
        var facts = Contract(Month(1).SubmittedOn(DateTimeOffset.Parse(submitted, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(expected, Only(facts, OnTime).Status);
    }

    [Theory]
    [InlineData("2025-06-10T21:59:00+00:00", ComplianceStatus.Met)] // 23:59 in Oslo (summer time)
    [InlineData("2025-06-10T22:00:00+00:00", ComplianceStatus.NotMet)] // 00:00 on the 11th in Oslo
    public void OnTime_EndOfTheDueDayInSummer_NorwegianTime(string submitted, ComplianceStatus expected)
    {
        var facts = Contract(Month(5).SubmittedOn(DateTimeOffset.Parse(submitted, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(expected, Only(facts, OnTime).Status);
    }

    [Fact]
    public void LatePeriods_CumulativeCount_LateAndOverdueBothCount()
    {
        var facts = Contract(
            Month(1),
            Month(2).SubmittedOn(At(new DateOnly(2025, 3, 20))),
            Unsubmitted(3));
        var rule = OnTime with { Window = RequirementWindow.Cumulative, Threshold = 1 };

        var verdicts = EvaluateOne(facts, rule, new DateOnly(2025, 5, 1)).Verdicts;

        Assert.Equal([0m, 1m, 2m], verdicts.Select(v => v.Measured));
        Assert.Equal([ComplianceStatus.Met, ComplianceStatus.Met, ComplianceStatus.NotMet], verdicts.Select(v => v.Status));
        Assert.Equal(["2025-02", "2025-03"], verdicts[2].Offenders);
    }

    [Fact]
    public void Offenders_MoreThanTen_ReasonNamesTenAndCountsTheRest()
    {
        var machines = Enumerable.Range(1, 14).Select(i => Machine($"PIN-{i}", hours: 100 - i)).ToArray();

        var verdict = Only(Contract(Month(1, machines)), ZeroEmissionHours);

        Assert.Equal(14, verdict.Offenders.Count);
        Assert.Contains("PIN-10 (diesel) and 4 more.", verdict.Read(), StringComparison.Ordinal);
        Assert.Contains("og 4 til.", verdict.Read("nb"), StringComparison.Ordinal);
        Assert.DoesNotContain("PIN-11", verdict.Read(), StringComparison.Ordinal);
    }

    [Fact]
    public void Reasons_ReadInEveryLanguage()
    {
        var verdict = Only(Contract(Month(1, Machine("PIN-1", hours: 100), Machine("PIN-2", "el-batteri", hours: 100))), ZeroEmissionHours);

        Assert.Equal("Målt: 50\u00A0%. Kravet er minst 75\u00A0%.\nDette gjelder PIN-1 (diesel).", verdict.Read("nb"));
        Assert.Equal("Målt: 50\u00A0%. Kravet er minst 75\u00A0%.\nDette gjeld PIN-1 (diesel).", verdict.Read("nn"));
    }

    [Fact]
    public void Scope_WeightBandAndMachineType_OnlyThoseMachinesCount()
    {
        var rule = ZeroEmissionHours with { Scope = new RequirementScope { Types = [MachineTypes.Gravemaskin], MinWeightTonnes = 8, MaxWeightTonnes = 30 } };
        var facts = Contract(Month(1,
            Machine("SMALL", "diesel", weight: 5),
            Machine("BIG", "diesel", weight: 30),
            Machine("LOADER", "diesel", type: MachineTypes.Hjullaster, weight: 20),
            Machine("MID", "el-batteri", weight: 8)));

        var verdict = Only(facts, rule);

        Assert.Equal((ComplianceStatus.Met, 1m), (verdict.Status, verdict.Measured));
    }
}
