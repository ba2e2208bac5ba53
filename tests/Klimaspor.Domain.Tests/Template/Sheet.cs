using Klimaspor.Domain.Reporting.Template;

namespace Klimaspor.Domain.Tests.Template;

/// <summary>Rows of cells written as lines with <c>|</c> between cells, so a test shows its sheet as a table.</summary>
internal static class Sheet
{
    public static readonly ReportingPeriod March = ReportingPeriod.Month(2025, 3);

    public const string MachineHeader =
        "Maskin-ID|Maskintype|Vekt (tonn)|Energibærer|Utslippsklasse|Driftstimer|Drivstoff (liter)|Strøm (kWh)|Datakilde";

    public static IReadOnlyList<IReadOnlyList<string?>> Rows(params string[] lines) =>
        [.. lines.Select(line => (IReadOnlyList<string?>)(line.Length == 0 ? [] : line.Split('|')))];

    /// <summary>The machine header and the rows under it.</summary>
    public static IReadOnlyList<IReadOnlyList<string?>> Machines(params string[] lines) => Rows([MachineHeader, .. lines]);
}
