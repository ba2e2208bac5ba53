using Klimaspor.Data;
using Klimaspor.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Admin;

public static class AdminApi
{
    public static void MapAdminApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1").RequireAuthorization(Policies.Api, Policies.SystemAdmin).WithTags("Administration");

        group.MapGet("/organisations", async (AppDbContext db, CancellationToken ct) => TypedResults.Ok(await ManageOrganisations.List(db, ct)))
            .WithSummary("Every organisation (system administrators)");
        group.MapPost("/organisations", async (OrganisationInput input, AppDbContext db, TimeProvider clock, IStringLocalizer localizer, CancellationToken ct) =>
                (await ManageOrganisations.Create(input, db, clock, ct)).Answer(v => TypedResults.Created($"/api/v1/organisations/{v.Id}", v), localizer))
            .Idempotent().WithSummary("Register a buyer, a buyer's sub-unit or a supplier");
        group.MapGet("/users", async (AppDbContext db, TimeProvider clock, CancellationToken ct) => TypedResults.Ok(await ManageUsers.List(db, clock, ct)))
            .WithSummary("Every person with their organisation and role");
        group.MapPost("/users", async (UserInput input, AppDbContext db, UserManager<AppUser> users, IStringLocalizer localizer, CancellationToken ct) =>
                (await ManageUsers.Create(input, db, users, ct)).Answer(v => TypedResults.Created($"/api/v1/users/{v.Id}", v), localizer))
            .Idempotent().WithSummary("Create a local account with one role that fits its organisation");
    }
}
