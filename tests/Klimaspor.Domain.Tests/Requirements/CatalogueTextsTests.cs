using Klimaspor.Domain.Requirements;

namespace Klimaspor.Domain.Tests.Requirements;

/// <summary>The catalogue's metrics, presets and parameters are named by keys whose words are the app's texts.</summary>
public sealed class CatalogueTextsTests
{
    [Fact]
    public void Catalogue_EveryMetricPresetAndParameter_HasANameInBokmalNynorskAndEnglish()
    {
        var keys = MetricCatalogue.All.Select(m => m.NameKey)
            .Concat(RequirementPresets.All.Select(p => p.NameKey))
            .Concat(RequirementPresets.All.SelectMany(p => p.Parameters).Select(p => p.LabelKey))
            .ToList();

        Assert.All(keys, key =>
        {
            Assert.Contains(key, Messages.Keys);
            var (nb, nn, en) = Messages.Texts(key);
            Assert.All(new[] { nb, nn, en }, text => Assert.False(string.IsNullOrWhiteSpace(text), key));
        });
        // One key each: two metrics or presets sharing a key would show one's name for the other.
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(MetricCatalogue.All.Count + RequirementPresets.All.Count + RequirementPresets.All.Sum(p => p.Parameters.Count), keys.Count);
    }

    [Fact]
    public void Catalogue_NamesAndLabels_ReadInTheReadersLanguage()
    {
        var metric = MetricCatalogue.Find(MetricCatalogue.ZeroEmissionMachineHourShare)!;
        var promise = RequirementPresets.Find(RequirementPresets.PromisedZeroEmissionShare)!;
        var idle = RequirementPresets.Find(RequirementPresets.IdleLimit)!;

        Assert.Equal("Metrics.ze-machine-hour-share.Name", metric.NameKey);
        Assert.Equal(
            ("Utslippsfri andel av maskintimene", "Utsleppsfri del av maskintimane", "Zero-emission share of machine hours"),
            (Messages.Word(metric.NameKey, "nb-NO"), Messages.Word(metric.NameKey, "nn-NO"), Messages.Word(metric.NameKey, "en")));
        Assert.Equal("Tilboden del utsleppsfrie maskintimar", Messages.Word(promise.NameKey, "nn"));
        Assert.Equal("Promised share", Messages.Word(Assert.Single(promise.Parameters).LabelKey, "en"));
        Assert.Equal("Presets.tomgang.Parameters.grense.Label", Assert.Single(idle.Parameters).LabelKey);
        Assert.Equal("Høyeste tomgangsandel", Messages.Word(idle.Parameters[0].LabelKey, "nb"));
    }
}
