using BenchmarkDotNet.Attributes;
using Klimaspor.Domain.Emissions;

namespace Klimaspor.Benchmarks;

/// <summary>
/// Issue 3: key figures over 1 000 000 pre-calculated lines must run at 2 000 000 lines per second or more on one
/// core, and allocate nothing per line (the only allocation is the one result).
/// </summary>
[MemoryDiagnoser]
public class KeyFiguresBenchmarks
{
    public const int LineCount = 1_000_000;

    private CalculatedLine[] _lines = [];

    [GlobalSetup]
    public void Setup()
    {
        var result = EmissionCalculation.Calculate(
            BenchmarkReports.Generate(LineCount), ReferenceFactorSets.NoTerritorial2021, ReferenceFactorSets.LifecycleWtw2023, includeTrace: false);
        if (!result.Succeeded || result.Lines.Count != LineCount)
        {
            throw new InvalidOperationException($"Setup produced {result.Lines.Count} lines and {result.Errors.Count} errors.");
        }

        _lines = [.. result.Lines];
    }

    [Benchmark(Description = "Key figures, 1 000 000 calculated lines")]
    public KeyFigures KeyFigures()
    {
        var accumulator = new KeyFigureAccumulator();
        accumulator.Add(_lines);
        return accumulator.Result();
    }
}

/// <summary>Calculating 1 000 000 raw report lines with both reference sets, with and without the per-line trace.</summary>
[MemoryDiagnoser]
public class CalculationBenchmarks
{
    private Klimaspor.Domain.Reporting.ReportLines _report = new();

    [Params(false, true)]
    public bool WithTrace { get; set; }

    [GlobalSetup]
    public void Setup() => _report = BenchmarkReports.Generate(KeyFiguresBenchmarks.LineCount);

    [Benchmark(Description = "Calculate 1 000 000 raw lines")]
    public CalculationResult Calculate() =>
        EmissionCalculation.Calculate(_report, ReferenceFactorSets.NoTerritorial2021, ReferenceFactorSets.LifecycleWtw2023, WithTrace);
}
