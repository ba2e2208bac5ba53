using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Template;
using static Klimaspor.Domain.Tests.Template.Sheet;

namespace Klimaspor.Domain.Tests.Template;

/// <summary>
/// Sheets read as they are parsed: an uploaded workbook's rows come straight from the file, once, and are let go
/// (the import of 100 000 rows relies on it). The parser must read each table sheet in one pass and the Rapport sheet
/// first, whatever order the workbook has them in.
/// </summary>
public sealed class StreamedSheetTests
{
    /// <summary>Rows that can be enumerated once only, as a sheet read from a file, and that record when they were read.</summary>
    private sealed class OnePass(string name, IReadOnlyList<IReadOnlyList<string?>> rows, List<string> readOrder) : IEnumerable<IReadOnlyList<string?>>
    {
        private bool _read;

        public IEnumerator<IReadOnlyList<string?>> GetEnumerator()
        {
            Assert.False(_read, $"The sheet {name} was read twice.");
            _read = true;
            readOrder.Add(name);
            return rows.GetEnumerator();
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    [Fact]
    public void Parse_SheetsReadOnce_RapportFirst_LinesAsFromHeldRows()
    {
        var rapport = Rows("Kontrakt|K-2025-017", "Leverandør org.nr.|974760673", "Periode|2025-03");
        var machines = Rows("Maskinliste mars", "", MachineHeader, "GR-1|gravemaskin|22|diesel|stage-v|120|1500||telematikk", "",
            "GR-2|Gravemaskin|14|HVO100|Steg V|80|700||telematikk");
        var read = new List<string>();

        var streamed = ReportTemplate.Parse(
        [
            KeyValuePair.Create<string, IEnumerable<IReadOnlyList<string?>>>("Maskiner", new OnePass("Maskiner", machines, read)),
            KeyValuePair.Create<string, IEnumerable<IReadOnlyList<string?>>>("Rapport", new OnePass("Rapport", rapport, read)),
        ]);
        var held = ReportTemplate.Parse(new Dictionary<string, IReadOnlyList<IReadOnlyList<string?>>> { ["Maskiner"] = machines, ["Rapport"] = rapport });

        Assert.Equal(["Rapport", "Maskiner"], read);
        Assert.True(streamed.IsValid, string.Join("; ", streamed.Errors.Select(e => e.MessageKey)));
        Assert.Equal(March, streamed.Period);
        Assert.Equal(held.Lines.Machines, streamed.Lines.Machines);
        Assert.Equal([4, 6], streamed.RowNumbers[LineKind.Machine]);
    }

    [Fact]
    public void ParseMachines_TitlesOnly_HeaderNotFound_EmptySheet_NoError()
    {
        var titles = TemplateParser.ParseMachines(new OnePass("Maskiner", Rows("Maskinliste mars", "Ingen maskiner"), []));
        var empty = TemplateParser.ParseMachines(new OnePass("Maskiner", Rows("", " "), []));

        Assert.Equal(MessageKeys.TemplateHeaderNotFound, Assert.Single(titles.Errors).MessageKey);
        Assert.Empty(empty.Errors);
        Assert.Empty(empty.Lines);
    }
}
