using Klimaspor.Domain.Contracts;
using Klimaspor.Domain.Statistics;
using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Statistics;

/// <summary>The buyer's overview (issue 15 items 1, 2 and 7): the home page of buyer roles.</summary>
[Authorize(Policy = Policies.BuyerReader)]
public sealed class IndexModel(AppServices services, IStringLocalizer localizer) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tertial { get; set; }
    [BindProperty(SupportsGet = true)] public string? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? GroupBy { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Contract { get; set; }

    public StatisticsView? View { get; private set; }
    public IReadOnlyList<OrganisationRef> Units { get; private set; } = [];
    public FormErrors Errors { get; } = new();

    public static IReadOnlyList<string> GroupByNames => StatisticsWindow.GroupByNames;

    public static IReadOnlyCollection<ContractCategory> Categories => ContractCodes.Categories;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await services.Tenant.ScopeAsync(cancellationToken);
        Units = await services.Db.Organisations.AsNoTracking().Where(o => scope.BuyerUnitIds.Contains(o.Id))
            .OrderBy(o => o.ParentId != null).ThenBy(o => o.Name)
            .Select(o => new OrganisationRef(o.Id, o.Name, o.OrgNo))
            .ToListAsync(cancellationToken);
        var outcome = await GetStatistics.Handle(new StatisticsQuery(From, To, null, Tertial, Year, GroupBy, Unit, Category, Contract), services, localizer,
            cancellationToken);
        if (outcome.Succeeded)
        {
            View = outcome.Value;
            return Page();
        }

        if (outcome.Kind is OutcomeKind.NotFound or OutcomeKind.Forbidden)
        {
            return NotFound();
        }

        // An overview refuses only its filters: each problem beside its field.
        Errors.AddRange(outcome.Problems, localizer);
        return Page();
    }

    /// <summary>The overview as shown, as a file (<c>xlsx</c> or <c>csv</c>): its window and filters kept.</summary>
    public string ExportLink(string format) =>
        Url.PageWithQuery("/Exports/StatisticsExport", null, new Dictionary<string, string?>
        {
            ["from"] = View?.From ?? From,
            ["to"] = View?.To ?? To,
            ["groupBy"] = View?.GroupBy ?? GroupBy,
            ["unit"] = Unit?.ToString(),
            ["category"] = Category,
            ["contract"] = Contract?.ToString(),
            ["format"] = format,
        });

    /// <summary>The same overview with other filters (a tertial, a year): the form's other choices kept.</summary>
    public string Link(string? from = null, string? to = null, string? tertial = null, string? year = null) =>
        Url.PageWithQuery("/Statistics/Index", null, new Dictionary<string, string?>
        {
            ["from"] = from,
            ["to"] = to,
            ["tertial"] = tertial,
            ["year"] = year,
            ["groupBy"] = GroupBy,
            ["unit"] = Unit?.ToString(),
            ["category"] = Category,
        });
}
