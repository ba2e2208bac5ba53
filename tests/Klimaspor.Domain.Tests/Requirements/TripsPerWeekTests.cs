using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Requirements;
using static Klimaspor.Domain.Tests.Requirements.Site;

namespace Klimaspor.Domain.Tests.Requirements;

/// <summary>
/// "At most N trips a week measured from the period's trips" (issue 17 item 4): a catalogue metric like any other (data,
/// no code per contract), the period's reported trips over its days ÷ 7. Test months are January 2025 (31 days) onwards.
/// </summary>
public sealed class TripsPerWeekTests
{
    private static RequirementRule Cap(decimal trips) =>
        Assert.Single(Preset(RequirementPresets.TripsPerWeekCap, (RequirementPresets.TripsParameter, trips)));

    private static FactLine Truck(string regNo, decimal? trips) => Vehicle(regNo, "biogass", purpose: TransportPurposes.Avfall) with { Trips = trips };

    [Fact]
    public void TripsPerWeek_ExactlyTheCap_Met()
    {
        // 62 trips in January's 31 days = 62 × 7 ÷ 31 = 14 a week, exactly: no rounded weeks push it over.
        var verdict = Only(Contract(Month(1, Truck("EL-1", 40), Truck("BG-2", 22))), Cap(14));

        Assert.Equal(ComplianceStatus.Met, verdict.Status);
        Assert.Equal(14m, verdict.Measured);
    }

    [Fact]
    public void TripsPerWeek_OneTripOver_NotMetNamingTheVehicles()
    {
        var verdict = Only(Contract(Month(1, Truck("EL-1", 41), Truck("BG-2", 22))), Cap(14));

        Assert.Equal(ComplianceStatus.NotMet, verdict.Status);
        Assert.Equal(decimal.Round(63m * 7 / 31, 6), decimal.Round(verdict.Measured!.Value, 6));
        Assert.Equal(["EL-1", "BG-2"], verdict.Offenders);
        Assert.Contains("The requirement is at most 14 a week", verdict.Read(), StringComparison.Ordinal);
    }

    [Fact]
    public void TripsPerWeek_EachPeriodOnItsOwnDays()
    {
        // February 2025 has 28 days: 60 trips = 15 a week (over 14); January's 60 = 13.5 (under).
        var compliance = EvaluateOne(Contract(Month(1, Truck("EL-1", 60)), Month(2, Truck("EL-1", 60))), Cap(14));

        Assert.Equal([ComplianceStatus.Met, ComplianceStatus.NotMet], compliance.Verdicts.Select(v => v.Status));
        Assert.Equal(15m, compliance.Verdicts[1].Measured);
    }

    [Fact]
    public void TripsPerWeek_SubmittedMonthWithoutVehicles_ZeroAWeekMet()
    {
        var verdict = Only(Contract(Month(1)), Cap(14));

        Assert.Equal((ComplianceStatus.Met, 0m), (verdict.Status, verdict.Measured));
    }

    [Fact]
    public void TripsPerWeek_LinesWithoutTripsDropOut()
    {
        // A line that gives no trips adds none (as a line without idle hours adds none to an idle share).
        var verdict = Only(Contract(Month(1, Truck("EL-1", 31), Truck("BG-2", null))), Cap(14));

        Assert.Equal(7m, verdict.Measured);
    }

    [Fact]
    public void TripsPerWeek_PresetRuleIsValid()
    {
        Assert.Empty(RequirementRules.Validate(Cap(14)));
        Assert.Equal(MetricUnit.PerWeek, MetricCatalogue.UnitOf(Cap(14).Metric));
    }
}
