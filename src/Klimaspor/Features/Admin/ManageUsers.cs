using Klimaspor.Data;
using Klimaspor.Features.Account;
using Klimaspor.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Admin;

public sealed record UserInput(string? Email, string? DisplayName, Guid? OrganisationId, string? Role, string? Password);

public sealed record UserView(Guid Id, string Email, string DisplayName, string Organisation, string Role, bool LockedOut);

/// <summary>People and their one role. A role must fit its organisation's kind: buyer roles at buyers, and so on.</summary>
internal static class ManageUsers
{
    public static async Task<IReadOnlyList<UserView>> List(AppServices services, CancellationToken cancellationToken)
    {
        var (db, _, clock) = services;
        var now = clock.GetUtcNow();
        var rows = await (from u in db.Users.AsNoTracking()
                          join ur in db.UserRoles on u.Id equals ur.UserId into roles
                          from ur in roles.DefaultIfEmpty()
                          join r in db.Roles on ur.RoleId equals r.Id into named
                          from r in named.DefaultIfEmpty()
                          orderby u.Organisation!.Name, u.Email
                          select new { u.Id, u.Email, u.DisplayName, Organisation = u.Organisation!.Name, Role = r == null ? "" : r.Name, u.LockoutEnd })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new UserView(r.Id, r.Email ?? "", r.DisplayName, r.Organisation, r.Role ?? "", r.LockoutEnd > now))];
    }

    public static async Task<Outcome<UserView>> Create(UserInput input, AppServices services, UserManager<AppUser> users, CancellationToken cancellationToken)
    {
        var db = services.Db;
        var errors = new List<Problem>();
        var email = input.Email?.Trim();
        if (string.IsNullOrEmpty(email) || !email.Contains('@', StringComparison.Ordinal) || email.Length > 256)
        {
            errors.Add(new Problem("email", string.IsNullOrEmpty(email) ? "Validation.Required" : "Users.EmailInvalid", email));
        }
        else if (await users.FindByEmailAsync(email) is not null)
        {
            errors.Add(new Problem("email", "Users.EmailTaken", email));
        }

        var name = TextField.Read(input.DisplayName, "displayName", TextField.LineMaxLength, errors, required: true);

        var organisation = input.OrganisationId is { } orgId ? await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == orgId, cancellationToken) : null;
        if (organisation is null)
        {
            errors.Add(new Problem("organisationId", "Validation.Required"));
        }

        if (input.Role is null || !Roles.All.Contains(input.Role))
        {
            errors.Add(new Problem("role", input.Role is null ? "Validation.Required" : "Validation.UnknownCode", input.Role));
        }
        else if (organisation is not null && Roles.OrganisationKindOf(input.Role) != organisation.Kind)
        {
            errors.Add(new Problem("role", "Users.RoleDoesNotFit", input.Role));
        }

        if (string.IsNullOrEmpty(input.Password))
        {
            errors.Add(new Problem("password", "Validation.Required"));
        }

        if (errors.Count > 0)
        {
            return Outcome<UserView>.Invalid(errors);
        }

        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name!, OrganisationId = organisation!.Id };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, input.Password!);
        if (!created.Succeeded)
        {
            // Identity's password rules and ours (Account/PasswordRules) refuse the password, located on its field.
            return Outcome<UserView>.Invalid([.. created.Errors.Select(e => PasswordRules.ProblemOf(e, users.Options.Password))]);
        }

        await users.AddToRoleAsync(user, input.Role!);
        await transaction.CommitAsync(cancellationToken);
        return Outcome<UserView>.Ok(new UserView(user.Id, email!, name!, organisation.Name, input.Role!, false));
    }

    public static async Task<bool> Unlock(Guid id, UserManager<AppUser> users)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return false;
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return true;
    }
}
