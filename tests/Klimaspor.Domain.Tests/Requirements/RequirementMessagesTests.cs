using System.Text.RegularExpressions;
using Klimaspor.Domain.Requirements;

namespace Klimaspor.Domain.Tests.Requirements;

public sealed partial class RequirementMessagesTests
{
    public static TheoryData<string> AllKeys()
    {
        var data = new TheoryData<string>();
        foreach (var key in RequirementMessageKeys.All)
        {
            data.Add(key);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllKeys))]
    public void Text_EveryRequirementKey_ThreeLanguagesWithTheSamePlaceholders(string key)
    {
        var (nb, nn, en) = Messages.Texts(key);

        var placeholders = new[] { nb, nn, en }.Select(Placeholders).ToArray();

        Assert.Equal(placeholders[0], placeholders[1]);
        Assert.Equal(placeholders[0], placeholders[2]);
        Assert.NotEqual(nb, en);
        Assert.NotEqual(nn, en);
        // Well-formed braces: formatting with text arguments does not throw and leaves no braces behind.
        Assert.DoesNotContain("{", Messages.Text(key, "nn", "a", "b", "c", "d", "e"), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_EveryKeyTheEngineUses_HasText()
    {
        var constants = typeof(RequirementMessageKeys).GetFields()
            .Where(f => f.IsLiteral && f.Name != nameof(RequirementMessageKeys.MoreSuffix))
            .Select(f => (string)f.GetValue(null)!);
        var generated = Enum.GetValues<MetricUnit>().SelectMany(u => Enum.GetValues<Comparison>().Select(c => RequirementMessageKeys.Result(u, c)))
            .Concat(Enum.GetValues<FactQuantity>().Select(RequirementMessageKeys.NothingInScope));

        Assert.All(constants.Concat(generated), key => Assert.Contains(key, Messages.Keys));
    }

    [Fact]
    public void Text_ShareResultInBokmal_PercentWithNorwegianSpacing()
    {
        var text = Messages.Text(RequirementMessageKeys.Result(MetricUnit.Share, Comparison.AtLeast), "nb", 0.925m, 0.9m);

        Assert.Equal("Målt: 92,5\u00A0%. Kravet er minst 90\u00A0%.", text);
    }

    [Fact]
    public void Text_GridReliefInEnglish_ShowsTheArithmetic()
    {
        var text = Messages.Text(RequirementMessageKeys.GridRelief, "en", "2025-03", 300m, 500m, 1m, 0.6m);

        Assert.Equal("The grid can supply 300 kW of the 500 kW needed in 2025-03. The requirement is reduced pro rata: 100% × 300 / 500 = 60%.", text);
    }

    private static string[] Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{(\d+)[:}]")]
    private static partial Regex PlaceholderPattern();
}
