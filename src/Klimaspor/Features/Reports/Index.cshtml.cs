using Klimaspor.Features.Contracts;
using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Klimaspor.Features.Reports;

/// <summary>Reports owed across contracts: what a supplier has due and overdue, what a buyer is missing.</summary>
[Authorize(Policy = Policies.ContractReader)]
public sealed class IndexModel(AppServices services) : PageModel
{
    [PageNumberFromQuery] public int PageNumber { get; set; } = 1;

    public Paged<DueReport> Result { get; private set; } = new([], 0, 1, ListDueReports.DefaultPageSize);

    public bool ForSupplier { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ForSupplier = (await services.Tenant.ScopeAsync(cancellationToken)).IsSupplier;
        Result = await ListDueReports.Handle(PageNumber, ListDueReports.DefaultPageSize, services, cancellationToken);
    }

    /// <summary>The report page; a buyer names the supplier, as the contract page does.</summary>
    public string ReportLink(DueReport due) =>
        Url.PageWithQuery("/Reports/Report", new { id = due.ContractId, period = due.Period }, [new("supplier", ForSupplier ? null : due.SupplierOrgNo)]);

    public string PageLink(int page) =>
        Url.PageWithQuery("/Reports/Index", null, [new(PageNumberFromQueryAttribute.QueryName, page.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
}
