using System.Text;
using Klimaspor.Features.Reports.Workbook;

namespace Klimaspor.Features;

/// <summary>
/// CSV for Excel as Norwegian users open it: semicolon-separated (the comma is the decimal sign), UTF-8 with a BOM
/// (without it Excel reads the file as ANSI and mangles æ, ø, å), every cell quoted.
/// </summary>
internal sealed class ExcelCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    private readonly StringBuilder _text = new();

    public void Row(IEnumerable<string> cells) =>
        _text.Append(string.Join(';', cells.Select(Cell))).Append("\r\n");

    public byte[] ToArray() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(_text.ToString())];

    /// <summary>
    /// Quotes every cell, and puts an apostrophe before text that Excel would read as a formula (= + - @, tab, CR):
    /// text a user typed must never run as a formula on someone else's machine (CSV injection).
    /// </summary>
    public static string Cell(string value)
    {
        var safe = ExcelText.LooksLikeFormula(value) ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
