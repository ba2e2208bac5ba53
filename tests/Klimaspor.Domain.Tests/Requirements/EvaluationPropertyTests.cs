using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Requirements;
using static Klimaspor.Domain.Tests.Requirements.Site;

namespace Klimaspor.Domain.Tests.Requirements;

/// <summary>Properties of evaluation over generated sites.</summary>
public sealed class EvaluationPropertyTests
{
    private static readonly Gen<FactLine> AnyMachine =
        from id in Gen.Choose(1, 12)
        from carrier in Gen.Elements("diesel", "hvo100", "el-batteri", "el-kabel", "hybrid-diesel", "biogass")
        from hours in Gen.Choose(0, 3000).Select(n => n / 10m)
        from idlePercent in Gen.Choose(-30, 80)
        from emissionClass in Gen.Elements(EmissionClasses.StageII, EmissionClasses.StageIIIA, EmissionClasses.StageIIIB, EmissionClasses.StageV,
            EmissionClasses.Ukjent)
        from emissions in Gen.Choose(0, 100_000).Select(n => n / 10m)
        select Machine($"PIN-{id}", carrier, hours, idlePercent < 0 ? null : hours * idlePercent / 100m,
            carrier.StartsWith("el", StringComparison.Ordinal) ? EmissionClasses.Nullutslipp : emissionClass, emissions: emissions);

    private static readonly Gen<FactLine> AnyVehicle =
        from id in Gen.Choose(1, 6)
        from carrier in Gen.Elements("diesel", "biogass", "el-batteri")
        from km in Gen.Choose(0, 50_000).Select(n => n / 10m)
        from purpose in Gen.Elements(TransportPurposes.Massetransport, TransportPurposes.Varelevering)
        select Vehicle($"EK1000{id}", carrier, km, purpose);

    private static readonly Gen<FactLine[]> AnyLines =
        from machines in Gen.ListOf(AnyMachine)
        from vehicles in Gen.ListOf(AnyVehicle)
        select machines.Concat(vehicles).ToArray();

    private static readonly IReadOnlyList<RequirementRule> CumulativeRules =
    [
        .. new[]
        {
            MetricCatalogue.ZeroEmissionMachineHourShare, MetricCatalogue.IdleShare, MetricCatalogue.MachinesBelowStageIIIB,
            MetricCatalogue.Co2eTerritorial, MetricCatalogue.ZeroEmissionOrBiogasKmShare, MetricCatalogue.FossilEnergyShare,
        }.Select(code => new RequirementRule
        {
            Key = code,
            ClauseText = code,
            Metric = MetricCatalogue.Find(code)!.Definition,
            Comparison = MetricCatalogue.Find(code)!.Unit == MetricUnit.Share && code != MetricCatalogue.IdleShare ? Comparison.AtLeast : Comparison.AtMost,
            Threshold = MetricCatalogue.Find(code)!.Unit == MetricUnit.Share ? 0.5m : 1000,
            Window = RequirementWindow.Cumulative,
        }),
    ];

    [Property]
    public Property Cumulative_PeriodsLinesSplitOverTwoReports_SameVerdictAtTheSecond() =>
        Prop.ForAll(AnyLines.SelectMany(lines => Gen.Choose(0, lines.Length), (lines, cut) => (Lines: lines, Cut: cut)).ToArbitrary(), input =>
        {
            var together = Contract(Month(1, input.Lines), Month(2));
            var split = Contract(Month(1, input.Lines[..input.Cut]), Month(2, input.Lines[input.Cut..]));

            var expected = ComplianceEvaluation.Evaluate(together, CumulativeRules, Later);
            var actual = ComplianceEvaluation.Evaluate(split, CumulativeRules, Later);

            for (var i = 0; i < CumulativeRules.Count; i++)
            {
                var (e, a) = (expected[i].Verdicts[1], actual[i].Verdicts[1]);
                Assert.Equal((e.Status, e.Measured, e.EffectiveThreshold), (a.Status, a.Measured, a.EffectiveThreshold));
                Assert.Equal(e.Offenders.Order(StringComparer.Ordinal), a.Offenders.Order(StringComparer.Ordinal));
            }
        });

    [Property]
    public Property Evaluate_LinesReordered_SameStatusAndValue() =>
        Prop.ForAll(AnyLines.SelectMany(lines => Gen.Shuffle(lines), (lines, shuffled) => (Lines: lines, Shuffled: shuffled)).ToArbitrary(), input =>
        {
            var expected = ComplianceEvaluation.Evaluate(Contract(Month(1, input.Lines)), CumulativeRules, Later);
            var actual = ComplianceEvaluation.Evaluate(Contract(Month(1, input.Shuffled)), CumulativeRules, Later);

            for (var i = 0; i < CumulativeRules.Count; i++)
            {
                Assert.Equal(
                    (expected[i].Current!.Status, expected[i].Current!.Measured, string.Join(",", expected[i].Current!.Offenders.Order(StringComparer.Ordinal))),
                    (actual[i].Current!.Status, actual[i].Current!.Measured, string.Join(",", actual[i].Current!.Offenders.Order(StringComparer.Ordinal))));
            }
        });

    [Property]
    public Property Share_AnySite_MeasuredBetweenZeroAndOne() =>
        Prop.ForAll(AnyLines.ToArbitrary(), lines =>
        {
            var compliance = ComplianceEvaluation.Evaluate(Contract(Month(1, lines)), CumulativeRules, Later);

            Assert.All(compliance.Where(c => c.Requirement.Metric.Aggregate == MetricAggregate.Share),
                c => Assert.True(c.Current!.Measured is null or >= 0m and <= 1m));
        });
}
