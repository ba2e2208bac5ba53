using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Klimaspor.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Account;

/// <summary>
/// Refuses the passwords an attacker tries first, wherever a password is set: Identity runs every registered
/// <see cref="IPasswordValidator{TUser}"/> on creation, change and reset alike, so no path can skip these. Length and
/// character classes are Identity's own rules (Web/Authentication); these add what guessing and credential stuffing use:
/// a list of common and breached passwords (common-passwords.txt, which names its sources), a season or month with a
/// year, the person's or organisation's own name, and zxcvbn's estimate of how many guesses the rest takes.
/// </summary>
internal sealed partial class PasswordRules(AppDbContext db) : IPasswordValidator<AppUser>
{
    /// <summary>zxcvbn's score 3: "safely unguessable", guesses beyond about 10^10, what an offline attack on a slow hash fails at.</summary>
    private const int MinimumScore = 3;

    /// <summary>Name parts shorter than this (Ola, AS) occur inside too many good passwords to refuse.</summary>
    private const int ShortestNamePart = 4;

    /// <summary>The service's own name is among the first guesses, like the organisation's.</summary>
    private const string ServiceName = "klimaspor";

    private static readonly Lazy<FrozenSet<string>> Common = new(ReadCommonPasswords);

    public async Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return IdentityResult.Success; // Identity's own validator refuses a missing password.
        }

        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == user.OrganisationId).Select(o => o.Name).SingleOrDefaultAsync();
        return Check(password, [user.DisplayName, user.Email?.Split('@')[0], organisation]) is { } key
            ? IdentityResult.Failed(new IdentityError { Code = key, Description = key })
            : IdentityResult.Success;
    }

    /// <summary>The message key of the first rule the password breaks, the most telling first, or null when it breaks none.</summary>
    /// <param name="names">The person's name, the local part of their email address and their organisation's name.</param>
    public static string? Check(string password, IEnumerable<string?> names)
    {
        var lower = password.ToLowerInvariant();
        if (SeasonOrMonthWithYear().IsMatch(lower))
        {
            return "Password.SeasonAndYear";
        }

        var word = lower.Trim(NotLetters(lower));
        if (Common.Value.Contains(lower) || (word.Length >= 3 && Common.Value.Contains(word)))
        {
            return "Password.Common";
        }

        var nameParts = names.OfType<string>().SelectMany(n => NamePart().Matches(n.ToLowerInvariant()).Select(m => m.Value))
            .Where(p => p.Length >= ShortestNamePart).Append(ServiceName).Distinct().ToList();
        if (nameParts.Exists(p => lower.Contains(p, StringComparison.Ordinal)))
        {
            return "Password.ContainsName";
        }

        return Zxcvbn.Zxcvbn.MatchPassword(password, nameParts).Score < MinimumScore ? "Password.Guessable" : null;
    }

    /// <summary>
    /// The message key and arguments of an error from Identity's password rules, so that they too read in the person's
    /// language; an error of any other kind keeps Identity's English description.
    /// </summary>
    public static Problem ProblemOf(IdentityError error, PasswordOptions options) => error.Code switch
    {
        _ when error.Code.StartsWith("Password.", StringComparison.Ordinal) => new Problem("password", error.Code),
        nameof(IdentityErrorDescriber.PasswordTooShort) => new Problem("password", "Password.TooShort", null, options.RequiredLength),
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => new Problem("password", "Password.RequiresDigit"),
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => new Problem("password", "Password.RequiresLower"),
        nameof(IdentityErrorDescriber.PasswordRequiresUpper) => new Problem("password", "Password.RequiresUpper"),
        _ => new Problem(error.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email", "Users.IdentityError", null, error.Description),
    };

    private static char[] NotLetters(string text) => [.. text.Where(c => !char.IsLetter(c)).Distinct()];

    private static FrozenSet<string> ReadCommonPasswords()
    {
        using var stream = typeof(PasswordRules).Assembly.GetManifestResourceStream("Klimaspor.Features.Account.common-passwords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt is embedded in the build.");
        using var reader = new StreamReader(stream);
        var entries = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                entries.Add(line.Trim().ToLowerInvariant());
            }
        }

        return entries.ToFrozenSet(StringComparer.Ordinal);
    }

    // Seasons and months in bokmål, nynorsk and English, alone with a year and digits or symbols around them
    // ("Sommer2026!!", "Januar2025", "2026-Høst"): people asked for a new password every so often pick exactly this.
    private const string SeasonOrMonth = "(?:vinter|vår|sommer|sommar|høst|haust|winter|spring|summer|autumn|fall|januar|january|februar|february|mars|march|"
        + "april|mai|may|juni|june|juli|july|august|september|oktober|october|november|desember|december)";

    private const string Year = @"(?:19|20)?\d{2}";

    [GeneratedRegex(@"^[^\p{L}]*(?:" + SeasonOrMonth + @"[^\p{L}\d]*" + Year + "|" + Year + @"[^\p{L}\d]*" + SeasonOrMonth + @")[^\p{L}]*$")]
    private static partial Regex SeasonOrMonthWithYear();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex NamePart();
}
