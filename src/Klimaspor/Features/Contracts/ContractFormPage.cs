using Klimaspor.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Contracts;

/// <summary>What the new and edit pages share: the bound form, its errors and the buyer units to choose from.</summary>
public abstract class ContractFormPage(AppServices services) : PageModel
{
    [BindProperty]
    public ContractForm Form { get; set; } = new();

    public FormErrors Errors { get; } = new();

    public IReadOnlyList<OrganisationRef> BuyerUnits { get; private set; } = [];

    /// <summary>The request's services, for the derived page (a derived page passing its own parameter on would capture it twice).</summary>
    protected AppServices Services => services;

    protected async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var scope = await services.Tenant.ScopeAsync(cancellationToken);
        var units = scope.BuyerUnitIds.ToList();
        BuyerUnits = await services.Db.Organisations.AsNoTracking().Where(o => units.Contains(o.Id)).OrderBy(o => o.ParentId != null).ThenBy(o => o.Name)
            .Select(o => new OrganisationRef(o.Id, o.Name, o.OrgNo)).ToListAsync(cancellationToken);
        Form.WithBlankSites();
    }
}
