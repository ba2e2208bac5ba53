using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Template;
using Klimaspor.Domain.Requirements;
using static Klimaspor.Domain.Tests.Requirements.Site;

namespace Klimaspor.Domain.Tests.Transport;

/// <summary>Issue 17: distance-based figures are marked as estimates "in verdicts that rest on them".</summary>
public sealed class EstimatedVerdictTests
{
    private static readonly RequirementRule ZeroEmissionKm = new()
    {
        Key = "renovasjon-utslippsfri-km",
        ClauseText = "Minst 50 % av kjørte km i renovasjon skal være utslippsfrie.",
        Kind = RequirementKind.MinimumRequirement,
        Metric = new MetricDefinition
        {
            Code = "ze-km-share",
            LineKind = LineKind.Vehicle,
            Aggregate = MetricAggregate.Share,
            Quantity = FactQuantity.Kilometres,
            Condition = new LineCondition { EnergyClasses = [EnergyClass.ZeroEmission] },
        },
        Comparison = Comparison.AtLeast,
        Threshold = 0.5m,
        Window = RequirementWindow.EachPeriod,
    };

    private static FactLine[] Facts(params VehicleLine[] vehicles)
    {
        var lines = new ReportLines { Vehicles = vehicles };
        var result = Emissions.TestLines.Calculate(lines);
        Assert.Empty(result.Errors);
        return [.. FactLines.From(lines, result, ReportingPeriod.Month(2025, 1))];
    }

    private static VehicleLine Refuse(string regNo, string carrier, decimal? litres, decimal? kwh) =>
        Emissions.TestLines.Vehicle(carrier, km: 1000, litres: litres, kwh: kwh, regNo: regNo) with { VehicleType = VehicleTypes.Renovasjonsbil, Purpose = TransportPurposes.Avfall };

    [Fact]
    public void Evaluate_VerdictOnAKmOnlyLine_ExplanationSaysItRestsOnDistanceEstimates()
    {
        var verdict = Only(Contract(Month(1, Facts(Refuse("EL10001", "el-batteri", null, null), Refuse("DI20002", "diesel", 850, null)))), ZeroEmissionKm);

        Assert.Equal(ComplianceStatus.Met, verdict.Status);
        var reason = Assert.Single(verdict.Reasons, r => r.MessageKey == RequirementMessageKeys.RestsOnDistanceEstimates);
        Assert.Equal(new object?[] { 1, 2 }, reason.Arguments);
    }

    [Fact]
    public void Evaluate_AllLinesReported_NoEstimateReason()
    {
        var verdict = Only(Contract(Month(1, Facts(Refuse("EL10001", "el-batteri", null, 3100), Refuse("DI20002", "diesel", 850, null)))), ZeroEmissionKm);

        Assert.DoesNotContain(verdict.Reasons, r => r.MessageKey == RequirementMessageKeys.RestsOnDistanceEstimates);
    }
}
