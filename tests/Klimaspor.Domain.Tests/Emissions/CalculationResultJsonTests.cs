using System.Text.Json;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using static Klimaspor.Domain.Tests.Emissions.TestLines;

namespace Klimaspor.Domain.Tests.Emissions;

public sealed class CalculationResultJsonTests
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    [Fact]
    public void CalculationResult_JsonRoundTrip_KeepsFiguresTracesAndSetVersions()
    {
        var result = Calculate(new ReportLines
        {
            Machines = [Machine("hybrid-diesel", litres: 100, kwh: 200, idle: 10)],
            Vehicles = [Vehicle("diesel", km: 200, litres: 60, load: 150, trips: 10)],
            Energy = [Energy("el-nett", 5000)],
        });

        var json = JsonSerializer.Serialize(result, Options);
        var back = JsonSerializer.Deserialize<CalculationResult>(json, Options)!;

        Assert.Equal(result.Territorial, back.Territorial);
        Assert.Equal(result.LifeCycle, back.LifeCycle);
        Assert.Equal(result.Lines, back.Lines);
        Assert.Equal(result.Totals, back.Totals);
        Assert.Equal(result.Traces.SelectMany(t => t.Steps), back.Traces.SelectMany(t => t.Steps));
        Assert.Contains("\"territorial\":{\"key\":\"no-territorial-2021\",\"version\":1", json, StringComparison.Ordinal);
        Assert.Contains("\"energy\":1205.6", json, StringComparison.Ordinal);
    }

    [Fact]
    public void CalculationError_JsonRoundTrip_MessageStillFormats()
    {
        var result = Calculate(new ReportLines { Energy = [Energy("fjernvarme", 100, QuantityUnit.Litre)] });

        var back = JsonSerializer.Deserialize<CalculationResult>(JsonSerializer.Serialize(result, Options), Options)!;

        var error = Assert.Single(back.Errors);
        Assert.Equal(
            Messages.Text(error.MessageKey, "nb", [.. result.Errors[0].Args]),
            Messages.Text(error.MessageKey, "nb", [.. error.Args]));
    }
}
