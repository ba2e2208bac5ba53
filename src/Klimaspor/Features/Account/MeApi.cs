using Klimaspor.Features.Contracts;
using Klimaspor.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Account;

public static class MeApi
{
    public sealed record MeResponse(string? Name, OrganisationRef? Organisation, IReadOnlyList<string> Roles, IReadOnlyList<OrganisationRef> BuyerUnits);

    /// <summary>Who the token acts for, and the buyer units it may register contracts under.</summary>
    public static void MapMeApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/me", GetMe)
            .RequireAuthorization(Policies.Api)
            .WithTags("Account")
            .WithSummary("The caller's organisation, roles and buyer units");

    private static async Task<Ok<MeResponse>> GetMe(AppServices services, CancellationToken ct)
    {
        var (db, tenant, _) = services;
        var scope = await tenant.ScopeAsync(ct);
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == scope.OrganisationId)
            .Select(o => new OrganisationRef(o.Id, o.Name, o.OrgNo)).SingleOrDefaultAsync(ct);
        var unitIds = scope.BuyerUnitIds.ToList();
        var units = await db.Organisations.AsNoTracking().Where(o => unitIds.Contains(o.Id))
            .OrderBy(o => o.ParentId != null).ThenBy(o => o.Name)
            .Select(o => new OrganisationRef(o.Id, o.Name, o.OrgNo)).ToListAsync(ct);
        var roles = Roles.All.Where(tenant.IsInRole).ToList();
        return TypedResults.Ok(new MeResponse(tenant.User.FindFirst(KlimasporClaims.Name)?.Value, organisation, roles, units));
    }
}
