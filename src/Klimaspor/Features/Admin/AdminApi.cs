using Klimaspor.Data;
using Klimaspor.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Admin;

public static class AdminApi
{
    public static void MapAdminApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1").RequireAuthorization(Policies.Api, Policies.SystemAdmin).WithTags("Administration");

        group.MapGet("/organisations", ListOrganisations).WithSummary("Every organisation (system administrators)");
        group.MapPost("/organisations", CreateOrganisation).Idempotent().WithSummary("Register a buyer, a buyer's sub-unit or a supplier");
        group.MapGet("/users", ListUsers).WithSummary("Every person with their organisation and role");
        group.MapPost("/users", CreateUser).Idempotent().WithSummary("Create a local account with one role that fits its organisation");
    }

    private static async Task<Ok<IReadOnlyList<OrganisationView>>> ListOrganisations(AppServices services, CancellationToken ct) =>
        TypedResults.Ok(await ManageOrganisations.List(services, ct));

    private static async Task<Results<Created<OrganisationView>, ProblemHttpResult>> CreateOrganisation(OrganisationInput input, AppServices services,
        IStringLocalizer localizer, CancellationToken ct) =>
        (await ManageOrganisations.Create(input, services, ct)).Answer(v => TypedResults.Created($"/api/v1/organisations/{v.Id}", v), localizer);

    private static async Task<Ok<IReadOnlyList<UserView>>> ListUsers(AppServices services, CancellationToken ct) =>
        TypedResults.Ok(await ManageUsers.List(services, ct));

    private static async Task<Results<Created<UserView>, ProblemHttpResult>> CreateUser(UserInput input, AppServices services, UserManager<AppUser> users,
        IStringLocalizer localizer, CancellationToken ct) =>
        (await ManageUsers.Create(input, services, users, ct)).Answer(v => TypedResults.Created($"/api/v1/users/{v.Id}", v), localizer);
}
