using Klimaspor.Data;
using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Admin;

/// <summary>The organisations registered in this installation, for its administrators.</summary>
[Authorize(Policy = Policies.SystemAdmin)]
public sealed class OrganisationsModel(AppDbContext db) : PageModel
{
    public sealed record Row(string Name, string OrgNo, string Kind, string? Parent);

    public IReadOnlyList<Row> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Organisations = await db.Organisations.AsNoTracking()
            .OrderBy(o => o.Kind).ThenBy(o => o.Parent == null ? o.Name : o.Parent.Name).ThenBy(o => o.ParentId != null).ThenBy(o => o.Name)
            .Select(o => new Row(o.Name, o.OrgNo, o.Kind.ToString(), o.Parent == null ? null : o.Parent.Name))
            .ToListAsync(cancellationToken);
}
