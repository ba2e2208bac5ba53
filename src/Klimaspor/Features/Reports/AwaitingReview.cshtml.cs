using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Reports;

/// <summary>The buyer's review queue: submitted reports waiting for approval or return, the longest waiting first.</summary>
[Authorize(Policy = Policies.BuyerReader)]
public sealed class AwaitingReviewModel(AppServices services, IStringLocalizer localizer) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? ContractId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Supplier { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public Paged<AwaitingReport> Result { get; private set; } = new([], 0, 1, ListAwaitingReview.DefaultPageSize);
    public IReadOnlyList<ContractRef> Contracts { get; private set; } = [];
    public IReadOnlyList<OrganisationRef> Suppliers { get; private set; } = [];
    public FormErrors Errors { get; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        (Contracts, Suppliers) = await ListAwaitingReview.Choices(services, cancellationToken);
        var outcome = await ListAwaitingReview.Handle(new AwaitingReviewQuery(ContractId, Supplier, From, To, PageNumber), services, cancellationToken);
        if (outcome.Succeeded)
        {
            Result = outcome.Value;
        }
        else
        {
            // A list refuses only its filters: each problem beside its field.
            Errors.AddRange(outcome.Problems, localizer);
        }
    }

    /// <summary>The report page; a subcontractor's report is named by its supplier, as the contract page does.</summary>
    public string ReportLink(AwaitingReport report) =>
        Url.PageWithQuery("/Reports/Report", new { id = report.ContractId, period = report.Period }, [new("supplier", report.MainSupplier ? null : report.SupplierOrgNo)]);

    public string PageLink(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["contractId"] = ContractId?.ToString(),
            ["supplier"] = Supplier,
            ["from"] = From,
            ["to"] = To,
            [PageNumberFromQueryAttribute.QueryName] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Url.PageWithQuery("/Reports/AwaitingReview", null, query);
    }
}
