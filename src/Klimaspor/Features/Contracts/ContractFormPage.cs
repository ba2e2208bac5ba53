using Klimaspor.Data;
using Klimaspor.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Contracts;

/// <summary>What the new and edit pages share: the bound form, its errors and the buyer units to choose from.</summary>
public abstract class ContractFormPage(AppDbContext db, Tenant tenant) : PageModel
{
    [BindProperty]
    public ContractForm Form { get; set; } = new();

    public FormErrors Errors { get; } = new();

    public IReadOnlyList<OrganisationRef> BuyerUnits { get; private set; } = [];

    protected AppDbContext Db => db;

    protected Tenant Tenant => tenant;

    protected async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var scope = await tenant.ScopeAsync(cancellationToken);
        var units = scope.BuyerUnitIds.ToList();
        BuyerUnits = await db.Organisations.AsNoTracking().Where(o => units.Contains(o.Id)).OrderBy(o => o.ParentId != null).ThenBy(o => o.Name)
            .Select(o => new OrganisationRef(o.Id, o.Name, o.OrgNo)).ToListAsync(cancellationToken);
        Form.WithBlankSites();
    }
}
