using System.Globalization;
using System.Text;
using Klimaspor.Data;
using Klimaspor.Web;

namespace Klimaspor.Features.Contracts;

/// <summary>The contract list as CSV for Excel: semicolon-separated with a BOM, as Norwegian Excel opens it.</summary>
public static class ExportContracts
{
    public static async Task<byte[]> Handle(ContractQuery query, AppDbContext db, Tenant tenant, Func<string, string> text, CancellationToken cancellationToken)
    {
        var page = await ListContracts.Handle(query with { Page = 1, PageSize = ListContracts.MaxExport }, db, tenant, cancellationToken, ListContracts.MaxExport);
        var csv = new StringBuilder();
        Row(csv, [text("Contract.Reference"), text("Contract.Title"), text("Contract.BuyerUnit"), text("Contract.Supplier"), text("Contract.SupplierOrgNo"),
            text("Contract.Category"), text("Contract.StartDate"), text("Contract.EndDate"), text("Contract.ValueNok"), text("Contracts.Status")]);
        foreach (var c in page.Items)
        {
            Row(csv, [c.Reference, c.Title, c.Buyer.Name, c.Supplier.Name, c.Supplier.OrgNo, text("Category." + c.Category),
                c.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.EndDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                c.ValueNok.ToString("0.##", CultureInfo.GetCultureInfo("nb-NO")), text(c.Archived ? "Contracts.StatusArchived" : "Contracts.StatusActive")]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Row(StringBuilder csv, IEnumerable<string> cells) =>
        csv.Append(string.Join(';', cells.Select(Cell))).Append("\r\n");

    /// <summary>
    /// Quotes every cell, and puts an apostrophe before text that Excel would read as a formula (= + - @, tab, CR):
    /// a contract title must never run as a formula on a buyer's machine (CSV injection).
    /// </summary>
    public static string Cell(string value)
    {
        var safe = Reports.Workbook.ExcelText.LooksLikeFormula(value) ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
