using Klimaspor.Domain.Organisations;
using Klimaspor.Domain.Reporting;
using Klimaspor.Features.Reports.Workbook;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Reports;

/// <summary>
/// The template workbook for a contract and period, prefilled: the contract, the period, and the machines and
/// vehicles of the supplier's latest earlier report, so that last month's register is there to update. With a
/// draft for the period, the draft itself.
/// </summary>
internal static class DownloadWorkbook
{
    /// <param name="supplier">For a buyer: whose report (a subcontractor's org. no.); the main supplier's when null.</param>
    public static async Task<(byte[] Content, string FileName)?> Handle(Guid contractId, string period, string? supplier, AppServices services,
        CancellationToken cancellationToken)
    {
        var (db, tenant, _) = services;
        var context = await ReportAccess.Resolve(contractId, period, supplier, services, cancellationToken);
        if (context is null)
        {
            return null;
        }

        var draft = await ReportAccess.Find(context, db, cancellationToken);
        var lines = draft is not null
            ? draft.Draft()
            : (await ReportRegister.Latest(context, db, cancellationToken))?.Lines ?? new ReportLines();
        var supplierOrgNo = await db.Organisations.Where(o => o.Id == context.SupplierId).Select(o => o.OrgNo).SingleAsync(cancellationToken);

        using var output = new MemoryStream();
        ReportWorkbookWriter.Write(output, new ReportWorkbookContent
        {
            ContractRef = context.Contract.Reference,
            SupplierOrgNo = OrganisationNumber.Parse(supplierOrgNo),
            Period = context.Period,
            ReportedBy = tenant.ActorName,
            Machines = lines.Machines,
            Vehicles = lines.Vehicles,
            Energy = draft is null ? [] : lines.Energy,
            FuelDeliveries = draft is null ? [] : lines.FuelDeliveries,
            NoActivity = draft is null ? [] : lines.NoActivity,
            Values = draft is null ? PrefilledValues.Register : PrefilledValues.All,
        }, System.Globalization.CultureInfo.CurrentUICulture.Name);
        return (output.ToArray(), $"Klimaspor-{context.Contract.Reference}-{context.PeriodKey}.xlsx");
    }
}
