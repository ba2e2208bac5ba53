using System.Globalization;
using Klimaspor.Domain.Reporting;
using Klimaspor.Web;

namespace Klimaspor.Features.Waivers;

/// <summary>The template's codes (machine type, energy carrier, emission class) as the reader's language names them.</summary>
internal static class CodeLabels
{
    public static string MachineType(string? code) => Label(MachineTypes.List, code);

    public static string Carrier(string? code) => Label(CodeLists.EnergyCarrier, code);

    public static string EmissionClass(string? code) => Label(EmissionClasses.List, code);

    public static string Label(CodeList list, string? code) =>
        list.TryFind(code, out var entry) ? TextsLocalizer.Text(entry.LabelKey, CultureInfo.CurrentUICulture.Name) : code ?? string.Empty;
}
