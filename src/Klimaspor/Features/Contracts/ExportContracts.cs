using System.Globalization;
using Klimaspor.Web;

namespace Klimaspor.Features.Contracts;

/// <summary>The contract list as CSV for Excel.</summary>
internal static class ExportContracts
{
    public static async Task<byte[]> Handle(ContractQuery query, AppServices services, Func<string, string> text, CancellationToken cancellationToken)
    {
        var page = await ListContracts.Handle(query with { Page = 1, PageSize = ListContracts.MaxExport }, services, cancellationToken, ListContracts.MaxExport);
        var csv = new ExcelCsv();
        csv.Row([text("Contract.Reference"), text("Contract.Title"), text("Contract.BuyerUnit"), text("Contract.Supplier"), text("Contract.SupplierOrgNo"),
            text("Contract.Category"), text("Contract.StartDate"), text("Contract.EndDate"), text("Contract.ValueNok"), text("Contracts.Status")]);
        foreach (var c in page.Items)
        {
            csv.Row([c.Reference, c.Title, c.Buyer.Name, c.Supplier.Name, c.Supplier.OrgNo, text("Category." + c.Category),
                c.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.EndDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                c.ValueNok.ToString("0.##", CultureInfo.GetCultureInfo("nb-NO")), text(c.Archived ? "Contracts.StatusArchived" : "Contracts.StatusActive")]);
        }

        return csv.ToArray();
    }
}
