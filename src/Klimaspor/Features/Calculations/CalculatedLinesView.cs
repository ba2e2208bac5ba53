using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;

namespace Klimaspor.Features.Calculations;

/// <summary>A calculation's lines and traces, with the sheet row each came from when it was pasted.</summary>
public sealed record CalculatedLinesView(CalculationResult Result, PastedReport? Pasted)
{
    public string Row(LineKind kind, int index) => Pasted?.RowOf(kind, index) is { } row ? $"#{row}" : $"#{index + 1}";
}
