using Klimaspor.Features.Account;

namespace Klimaspor.Tests;

/// <summary>The passwords an attacker tries first are refused, each with its own reason; long unrelated ones pass.</summary>
public sealed class PasswordRulesTests
{
    private static readonly string[] Names = ["Torunn Tilsett", "torunn.tilsett", "Oslo kommune, Bymiljøetaten"];

    [Theory]
    [InlineData("Password1234", "Password.Common")]
    [InlineData("!Qwerty2026#", "Password.Common")]
    [InlineData("PASSORD-123456", "Password.Common")]
    [InlineData(Data.DemoData.Password, "Password.Common")]
    [InlineData("Sommer2026!!", "Password.SeasonAndYear")]
    [InlineData("Januar2025", "Password.SeasonAndYear")]
    [InlineData("2026-Høst!!!", "Password.SeasonAndYear")]
    [InlineData("December-24!", "Password.SeasonAndYear")]
    [InlineData("Oslokommune2026", "Password.ContainsName")]
    [InlineData("Bymiljøetaten#1", "Password.ContainsName")]
    [InlineData("xTorunn-99-Z", "Password.ContainsName")]
    [InlineData("Klimasporet-er-fint1", "Password.ContainsName")]
    [InlineData("zzzzzzzzzzzz", "Password.Guessable")]
    public void Check_WeakPassword_RefusedWithItsReason(string password, string key)
    {
        Assert.Equal(key, PasswordRules.Check(password, Names));
    }

    [Theory]
    [InlineData("Langt-passord-2026")]
    [InlineData("korrekt hest batteri stift")]
    [InlineData("kQ9#mz!7Lp2w")]
    [InlineData("Sommerfugl-i-vinterdvale-88")]
    public void Check_LongUnrelatedPassword_Accepted(string password)
    {
        Assert.Null(PasswordRules.Check(password, Names));
    }
}
