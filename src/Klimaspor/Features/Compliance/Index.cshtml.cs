using System.Globalization;
using Klimaspor.Domain.Contracts;
using Klimaspor.Domain.Requirements;
using Klimaspor.Features.Contracts;
using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Compliance;

/// <summary>The buyer's attention list: everything across their contracts that needs following up, most severe first.</summary>
[Authorize(Policy = Policies.BuyerReader)]
public sealed class IndexModel(AppServices services, IStringLocalizer localizer) : PageModel
{
    [PageNumberFromQuery]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)] public Guid? BuyerUnitId { get; set; }

    /// <summary>One kind of item, by its name (<see cref="AttentionKind"/>).</summary>
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }

    /// <summary>Contracts of one category, by its code.</summary>
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }

    public Paged<AttentionItem> Items { get; private set; } = new([], 0, 1, ListAttention.DefaultPageSize);

    public IReadOnlyList<OrganisationRef> BuyerUnits { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await services.Tenant.ScopeAsync(cancellationToken);
        var units = scope.BuyerUnitIds.ToList();
        BuyerUnits = await services.Db.Organisations.AsNoTracking().Where(o => units.Contains(o.Id)).OrderBy(o => o.ParentId != null).ThenBy(o => o.Name)
            .Select(o => new OrganisationRef(o.Id, o.Name, o.OrgNo)).ToListAsync(cancellationToken);
        Items = await ListAttention.Handle(Filter, PageNumber, ListAttention.DefaultPageSize, services, localizer, CultureInfo.CurrentUICulture.Name,
            cancellationToken);
    }

    /// <summary>The whole filtered list as CSV for Excel, in the reader's language.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var items = await ListAttention.All(Filter, services, localizer, CultureInfo.CurrentUICulture.Name, cancellationToken);
        var csv = new ExcelCsv();
        csv.Row([localizer["Attention.What"].Value, localizer["Contract.Reference"].Value, localizer["Contract.Title"].Value, localizer["Compliance.Requirement"].Value,
            localizer["Attention.Periods"].Value, localizer["Compliance.Measured"].Value, localizer["Requirement.Threshold"].Value, localizer["Compliance.Reasons"].Value]);
        foreach (var item in items)
        {
            csv.Row([localizer["AttentionKind." + item.Kind].Value, item.Reference, item.Title, item.ClauseText ?? string.Empty, string.Join(", ", item.Windows),
                item.Unit is { } unit ? ContractComplianceModel.Format(item.Measured, unit) : string.Empty,
                item.Unit is { } u ? ContractComplianceModel.Format(item.Threshold, u) : string.Empty,
                string.Join(" ", item.Explanation.Select(e => e.Text))]);
        }

        return File(csv.ToArray(), ExcelCsv.ContentType, "oppfolging.csv");
    }

    private AttentionFilter Filter => new(BuyerUnitId, Enum.TryParse<AttentionKind>(Kind, out var kind) && Enum.IsDefined(kind) ? kind : null,
        ContractCodes.TryParseCategory(Category, out var category) ? category : null);

    public string ExportLink => Link(null, "Export");

    public string PageLink(int page) => Link(page, null);

    private string Link(int? page, string? handler)
    {
        var query = new Dictionary<string, string?>
        {
            ["handler"] = handler,
            ["buyerUnitId"] = BuyerUnitId?.ToString(),
            ["kind"] = Kind,
            ["category"] = Category,
            [PageNumberFromQueryAttribute.QueryName] = page?.ToString(CultureInfo.InvariantCulture),
        };
        return Url.PageWithQuery("/Compliance/Index", null, query);
    }

    /// <summary>The periods concerned, shortened to the first and last when there are many.</summary>
    public static string Windows(IReadOnlyList<string> windows) =>
        windows.Count <= 4 ? string.Join(", ", windows) : $"{windows[0]} – {windows[^1]} ({windows.Count})";

    public static string KindColour(AttentionKind kind) => kind switch
    {
        AttentionKind.NotMet => "danger",
        AttentionKind.DeviationOverdue => "danger",
        AttentionKind.ReportOverdue => "danger",
        AttentionKind.WaiverAwaitingAssessment or AttentionKind.WaiverAwaitingDecision => "info",
        AttentionKind.HeadingForFailure => "warning",
        _ => "warning",
    };

    public static string KindIcon(AttentionKind kind) => kind switch
    {
        AttentionKind.NotMet => "✗",
        AttentionKind.DeviationOverdue => "!",
        AttentionKind.ReportOverdue => "!",
        AttentionKind.WaiverAwaitingAssessment or AttentionKind.WaiverAwaitingDecision => "…",
        AttentionKind.HeadingForFailure => "↘",
        _ => "?",
    };
}
