using Klimaspor.Domain.Reporting;

namespace Klimaspor.Domain.Tests.Emissions;

public sealed class MessagesTests
{
    private static readonly string[] Cultures = ["nb", "nn", "en"];

    public static TheoryData<string> AllKeys()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(MessageKeys).GetFields())
        {
            data.Add((string)field.GetValue(null)!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllKeys))]
    public void Text_EveryKey_HasTextInAllThreeLanguages(string key)
    {
        // As many as the longest message takes (a column's header and a code's name in three languages each).
        var args = new object[] { 1m, 2m, 3m, 4m, 5m, 6m, 7m };

        var texts = Cultures.Select(culture => Messages.Text(key, culture, args)).ToArray();

        Assert.All(texts, text => Assert.NotEqual(key, text));
        // Bokmål and nynorsk may coincide word for word; English never does.
        Assert.NotEqual(texts[0], texts[2]);
        Assert.NotEqual(texts[1], texts[2]);
    }

    [Fact]
    public void Text_EveryWarningCode_HasKey()
    {
        Assert.All(Enum.GetValues<WarningCode>(), code => Assert.Contains("Plausibility." + code, Messages.Keys));
    }

    [Fact]
    public void Text_MissingFactorInBokmal_NaturalNorwegianWithArguments()
    {
        var text = Messages.Text(MessageKeys.CalculationMissingFactor, "nb-NO", "fjernvarme", "kWh", "lifecycle-wtw-2023", 1);

        Assert.Equal(
            "Faktorsettet lifecycle-wtw-2023 (versjon 1) har ingen utslippsfaktor for fjernvarme i kWh. Linjen kan ikke beregnes før en faktor er lagt inn.",
            text);
    }

    [Fact]
    public void Text_NumbersFormattedForTheReader()
    {
        Assert.Equal(
            "Tomgangstimene (1\u00A0234,5) er flere enn driftstimene (1\u00A0000). Tomgang er en del av driftstimene.",
            Messages.Text(MessageKeys.TemplateIdleAboveOperating, "nb", 1234.5m, 1000m));
        Assert.Equal(
            "Idle hours (1,234.5) exceed operating hours (1,000). Idling is part of the operating hours.",
            Messages.Text(MessageKeys.TemplateIdleAboveOperating, "en", 1234.5m, 1000m));
    }

    [Fact]
    public void Text_UnknownCultureOrKey_BokmalOrKey()
    {
        Assert.Equal(Messages.Text(MessageKeys.FactorSetSourceRequired, "nb"), Messages.Text(MessageKeys.FactorSetSourceRequired, "de-DE"));
        Assert.Equal("No.Such.Key", Messages.Text("No.Such.Key", "nb"));
    }
}
