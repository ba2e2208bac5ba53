using Klimaspor.Domain.Requirements;
using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Contracts;

[Authorize(Policy = Policies.ContractReader)]
public sealed class IndexModel(AppServices services, IStringLocalizer localizer) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? BuyerUnitId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [PageNumberFromQuery] public int PageNumber { get; set; } = 1;

    public Paged<ContractSummary> Result { get; private set; } = new([], 0, 1, ListContracts.DefaultPageSize);
    public IReadOnlyList<OrganisationRef> BuyerUnits { get; private set; } = [];
    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await services.Tenant.ScopeAsync(cancellationToken);
        CanEdit = services.Tenant.CanEditContracts && scope.IsBuyer;
        var units = scope.BuyerUnitIds.ToList();
        BuyerUnits = await services.Db.Organisations.AsNoTracking().Where(o => units.Contains(o.Id)).OrderBy(o => o.ParentId != null).ThenBy(o => o.Name)
            .Select(o => new OrganisationRef(o.Id, o.Name, o.OrgNo)).ToListAsync(cancellationToken);
        Result = await ListContracts.Handle(new ContractQuery(Search, Category, BuyerUnitId, Status, Sort, PageNumber), services, cancellationToken);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var csv = await ExportContracts.Handle(new ContractQuery(Search, Category, BuyerUnitId, Status, Sort), services, key => localizer[key], cancellationToken);
        return File(csv, ExcelCsv.ContentType, "kontrakter.csv");
    }

    public static string RollupColour(RollupStatus status) => status switch
    {
        RollupStatus.NotMet => "danger",
        RollupStatus.CannotAssess => "warning",
        RollupStatus.Met => "success",
        _ => "neutral",
    };

    /// <summary>A shape per status, as on the compliance page, so the status never depends on colour alone.</summary>
    public static string RollupIcon(RollupStatus status) => status switch
    {
        RollupStatus.NotMet => "✗",
        RollupStatus.CannotAssess => "?",
        RollupStatus.Met => "✓",
        _ => "–",
    };

    /// <summary>"1 not met, 2 met, 3 not yet due": the counts that are not zero, worst first.</summary>
    public string RollupCounts(ComplianceRollup rollup) => string.Join(", ", new[]
        {
            (rollup.NotMet, "Rollup.NotMet"),
            (rollup.CannotAssess, "Rollup.CannotAssess"),
            (rollup.Met, "Rollup.Met"),
            (rollup.NotYetDue, "Rollup.NotYetDue"),
        }
        .Where(c => c.Item1 > 0)
        .Select(c => localizer[c.Item2, c.Item1].Value));

    public string ExportLink => Link(Sort, 1, "Export");

    public string AriaSort(string key) =>
        (Sort ?? "reference") == key ? "ascending" : Sort == "-" + key ? "descending" : "none";

    /// <summary>A column header link: sorts by the column, or reverses it when it is already the sort.</summary>
    public string SortLink(string key) => Link(sort: (Sort ?? "reference") == key ? "-" + key : key, page: 1);

    public string PageLink(int page) => Link(Sort, page);

    private string Link(string? sort, int page, string? handler = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["handler"] = handler,
            ["search"] = Search,
            ["category"] = Category,
            ["buyerUnitId"] = BuyerUnitId?.ToString(),
            ["status"] = Status,
            ["sort"] = sort,
            [PageNumberFromQueryAttribute.QueryName] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Url.PageWithQuery("/Contracts/Index", null, query);
    }
}
