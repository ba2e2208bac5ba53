using System.Globalization;
using Klimaspor.Data;
using Klimaspor.Features.Contracts;
using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Compliance;

/// <summary>The buyer's attention list: everything across their contracts that needs following up, most severe first.</summary>
[Authorize(Policy = Policies.BuyerReader)]
public sealed class IndexModel(AppDbContext db, Tenant tenant, TimeProvider clock, IStringLocalizer localizer) : PageModel
{
    [PageNumberFromQuery]
    public int PageNumber { get; set; } = 1;

    public Paged<AttentionItem> Items { get; private set; } = new([], 0, 1, ListAttention.DefaultPageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = await ListAttention.Handle(PageNumber, ListAttention.DefaultPageSize, db, tenant, clock, localizer, CultureInfo.CurrentUICulture.Name, cancellationToken);

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
