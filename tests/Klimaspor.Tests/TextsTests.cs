using System.Globalization;
using System.Text.RegularExpressions;
using Klimaspor.Web;

namespace Klimaspor.Tests;

public sealed partial class TextsTests
{
    private static readonly TextsLocalizer Texts = TextsLocalizer.Load();

    [Fact]
    public void EveryText_HasBokmalNynorskAndEnglish()
    {
        var missing = Texts.All
            .SelectMany(t => new[] { "nb", "nn", "en" }.Where(l => string.IsNullOrWhiteSpace(t.Value.GetValueOrDefault(l))).Select(l => $"{t.Key} ({l})"))
            .ToList();

        Assert.True(missing.Count == 0, "Missing translations: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryText_HasTheSamePlaceholdersInEachLanguage()
    {
        // The template's messages name a column by its header as three arguments (bokmål, nynorsk, English), each
        // language taking its own: there the number of arguments used must agree, not their numbers.
        static string Shape(string key, string text)
        {
            var placeholders = Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToList();
            return key.StartsWith("Template.", StringComparison.Ordinal) ? placeholders.Count.ToString(CultureInfo.InvariantCulture) : string.Join(',', placeholders);
        }

        var mismatched = Texts.All
            .Where(t => t.Value.Select(v => Shape(t.Key, v.Value)).Distinct().Count() > 1)
            .Select(t => t.Key)
            .ToList();

        Assert.True(mismatched.Count == 0, "Placeholders differ between languages: " + string.Join(", ", mismatched));
    }

    [Fact]
    public void EveryKeyUsedInTheCode_HasAText()
    {
        var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src"));
        var used = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal)) && !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/Migrations/", StringComparison.Ordinal))
            .SelectMany(f => TextKey().Matches(File.ReadAllText(f)).Select(m => (Key: m.Groups[1].Value, File: Path.GetFileName(f))))
            .Where(k => !Texts.All.ContainsKey(k.Key))
            .Select(k => $"{k.Key} in {k.File}")
            .Distinct()
            .ToList();

        Assert.True(used.Count == 0, "Text keys without a text: " + string.Join(", ", used));
    }

    /// <summary>The domain returns keys and arguments only; every key it can return is read by someone in their language.</summary>
    [Fact]
    public void EveryMessageKeyOfTheDomain_HasBokmalNynorskAndEnglish()
    {
        var keys = Domain.Reporting.MessageKeys.All.ToList();

        var missing = keys
            .SelectMany(k => new[] { "nb", "nn", "en" }.Where(l => !Texts.All.TryGetValue(k, out var t) || string.IsNullOrWhiteSpace(t.GetValueOrDefault(l))).Select(l => $"{k} ({l})"))
            .ToList();

        Assert.Contains(Domain.Requirements.RequirementMessageKeys.Result(Domain.Requirements.MetricUnit.Share, Domain.Requirements.Comparison.AtLeast), keys);
        Assert.Contains(Domain.Reporting.MessageKeys.TemplateColumnMissing, keys);
        Assert.True(missing.Count == 0, "Domain message keys without a text: " + string.Join(", ", missing));
    }

    /// <summary>Words have one home: the domain holds no sentences and formats none (no catalogue, no Text(culture)).</summary>
    [Fact]
    public void Domain_ProducesNoSentences()
    {
        var types = typeof(Domain.Reporting.MessageKeys).Assembly.GetTypes();

        var catalogues = types.Where(t => t.Name is "Messages" or "RequirementMessages").Select(t => t.FullName);
        var textMethods = types
            .SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly))
            .Where(m => m.Name == "Text" && m.GetParameters().Any(p => p.Name == "culture"))
            .Select(m => $"{m.DeclaringType?.FullName}.{m.Name}");

        Assert.Empty(catalogues.Concat(textMethods));
    }

    /// <summary>
    /// The template and its code lists hold keys, not words: nothing in them gives a text for a culture (as the
    /// headers, help texts and labels once did), so a reader's language is chosen only where the text is shown.
    /// </summary>
    [Fact]
    public void Domain_TemplateAndCodeLists_GiveNoTextForACulture()
    {
        var types = typeof(Domain.Reporting.MessageKeys).Assembly.GetTypes()
            .Where(t => t.Namespace is "Klimaspor.Domain.Reporting" or "Klimaspor.Domain.Reporting.Template" or "Klimaspor.Domain.Emissions");

        var byCulture = types
            .SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly))
            .Where(m => m.ReturnType == typeof(string) && m.GetParameters().Any(p => p.Name == "culture"))
            .Select(m => $"{m.DeclaringType?.FullName}.{m.Name}");

        Assert.Empty(byCulture);
        Assert.Equal("Template.machines.energyCarrier.Header", Domain.Reporting.Template.TemplateSheets.Machines.Column("energyCarrier").HeaderKey);
        Assert.Equal("Codes.energyCarrier.el-nett", Domain.Emissions.EnergyCarrier.ElNett.LabelKey);
    }

    /// <summary>
    /// The requirement catalogue holds keys, not words: no metric, preset or parameter gives its name for a culture or
    /// carries it per language (as NameNb/NameNn/NameEn once did); the API and pages name them in the reader's language.
    /// </summary>
    [Fact]
    public void Domain_RequirementCatalogue_GivesNoTextForACulture()
    {
        var types = new[] { typeof(Domain.Requirements.CatalogueMetric), typeof(Domain.Requirements.MetricCatalogue), typeof(Domain.Requirements.RequirementPreset), typeof(Domain.Requirements.PresetParameter), typeof(Domain.Requirements.RequirementPresets) };

        var byCulture = types
            .SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly))
            .Where(m => m.ReturnType == typeof(string) && m.GetParameters().Any(p => p.Name == "culture"))
            .Select(m => $"{m.DeclaringType?.FullName}.{m.Name}");
        var perLanguage = types
            .SelectMany(t => t.GetProperties())
            .Where(p => p.Name.EndsWith("Nb", StringComparison.Ordinal) || p.Name.EndsWith("Nn", StringComparison.Ordinal) || p.Name.EndsWith("En", StringComparison.Ordinal))
            .Select(p => $"{p.DeclaringType?.FullName}.{p.Name}");

        Assert.Empty(byCulture.Concat(perLanguage));
        Assert.Equal("Metrics.ze-machine-hour-share.Name", Domain.Requirements.MetricCatalogue.Find(Domain.Requirements.MetricCatalogue.ZeroEmissionMachineHourShare)!.NameKey);
        Assert.Equal("Presets.co2e-tak.Parameters.tonn.Label", Assert.Single(Domain.Requirements.RequirementPresets.Find(Domain.Requirements.RequirementPresets.Co2eCap)!.Parameters).LabelKey);
    }

    /// <summary>Pages show these enums by a text key built from the value ("ComplianceStatus." + status): a new value needs its text.</summary>
    [Fact]
    public void EveryValueOfTheEnumsPagesName_HasAText()
    {
        IEnumerable<string> Keys<TEnum>(string prefix)
            where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(v => $"{prefix}.{v}");
        var keys = Keys<Domain.Requirements.ComplianceStatus>("ComplianceStatus")
            .Concat(Keys<Domain.Requirements.RequirementKind>("RequirementKind"))
            .Concat(Keys<Domain.Requirements.RequirementWindow>("RequirementWindow"))
            .Concat(Keys<Domain.Requirements.Comparison>("Comparison"))
            .Concat(Keys<Domain.Requirements.Comparison>("ComparisonName"))
            .Concat(Keys<Domain.Requirements.WaiverFilter>("WaiverFilter"))
            .Concat(Keys<Domain.Requirements.SanctionKind>("SanctionKind"))
            .Concat(Keys<Domain.Requirements.MetricUnit>("MetricUnit"))
            .Concat(Keys<Domain.Requirements.MetricUnit>("UnitSymbol"))
            .Concat(Keys<Domain.Emissions.EnergyClass>("EnergyClass"))
            .Concat(Keys<Domain.Requirements.AttentionKind>("AttentionKind"));

        var missing = keys.Where(k => !Texts.All.ContainsKey(k)).ToList();

        Assert.True(missing.Count == 0, "Enum values without a text: " + string.Join(", ", missing));
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    /// <summary>
    /// Literal keys where texts are looked up: T["…"], localizer["…"], a field's label or description, a Problem's key,
    /// and the keys a use case's refusal carries (Problem.About, an import's Refused, Locked, Conflict, OutOfOrder),
    /// which reach the reader through the localizer and would show as the key itself without a text (issue 16, item 4).
    /// </summary>
    [GeneratedRegex("(?:(?:\\bT|localizer)\\[\"|(?:label|description)=\"|new Problem\\([^,]+, \"|Problem\\.About\\(\"|\\bRefused\\(\"[^\"]*\", \"|\\.(?:Locked|Conflict|OutOfOrder)\\(\")([A-Z][A-Za-z]+\\.[A-Za-z]+)\"")]
    private static partial Regex TextKey();
}
