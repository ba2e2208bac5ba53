using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Template;
using Klimaspor.Domain.Validation;
using static Klimaspor.Domain.Tests.Template.Sheet;

namespace Klimaspor.Domain.Tests.Template;

/// <summary>However wrong the input, a reading holds a bounded number of errors, each echoing a bounded value.</summary>
public sealed class BoundedErrorsTests
{
    private const string BadRow = "PIN|ukjent|tung|vann|euro-0|mange|||gjetning";

    [Fact]
    public void Parse_MoreErrorsThanKept_KeepsTheFirstInRowOrderAndCountsTheRest()
    {
        var perRow = TemplateParser.ParseMachines(Machines(BadRow)).Errors.Count;
        var rows = (ReportTemplate.MaxErrorsKept / perRow) + 500;

        var result = ReportTemplate.Parse(ReportTemplate.AsRead(new Dictionary<string, IReadOnlyList<IReadOnlyList<string?>>>
        {
            ["Maskiner"] = Machines([.. Enumerable.Repeat(BadRow, rows)]),
        }), ReportingPeriod.Month(2026, 3));

        Assert.Equal(ReportTemplate.MaxErrorsKept, result.Errors.Count);
        Assert.Equal((perRow * rows) - ReportTemplate.MaxErrorsKept, result.UnlistedErrors);
        Assert.Equal(2, result.Errors[0].Row);
        Assert.True(result.Errors.Select(e => e.Row).SequenceEqual(result.Errors.Select(e => e.Row).Order()));
    }

    [Fact]
    public void Problem_LongValueAndArgument_CutTo200CharactersNeverInsideASurrogatePair()
    {
        var value = new string('a', 198) + "😀" + new string('b', 1_000);

        var problem = Problem.InSheet("Maskiner", 2, "model", "F2", value, MessageKeys.TemplateCodeNotInList, value) with { Value = value };

        Assert.Equal(new string('a', 198) + "…", problem.Value);
        Assert.Equal(problem.Value, Assert.IsType<string>(problem.Arguments[0]));
        Assert.Equal("kort", new Problem("x", "k", "kort").Value);
    }

    [Fact]
    public void Csv_CellLongerThanExcelAllows_ErrorAtItsCellAndTheCellKeptCut()
    {
        var table = CsvTable.Read("Maskin-ID;Modell\nM-1;" + new string('x', CellValues.MaxLength + 1) + "\n");

        var error = Assert.Single(table.Errors("Maskiner"));

        Assert.Equal((MessageKeys.TemplateCellTooLong, 2, "B2"), (error.MessageKey, error.Row, error.Cell));
        Assert.Equal(CellValues.MaxLength, table.Rows[1][1]!.Length);
    }
}
