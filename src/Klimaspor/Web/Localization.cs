using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Klimaspor.Domain.Reporting;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Web;

/// <summary>
/// The interface languages: bokmål (default), nynorsk, English. All texts live in one resource file,
/// Resources/texts.json, each key with its three translations side by side so none is forgotten (a test checks).
/// </summary>
public static class Localization
{
    public const string Bokmal = "nb-NO";
    public const string Nynorsk = "nn-NO";
    public const string English = "en";
    public static readonly IReadOnlyList<string> Cultures = [Bokmal, Nynorsk, English];

    public static IServiceCollection AddKlimasporLocalization(this IServiceCollection services)
    {
        services.AddSingleton<IStringLocalizerFactory, TextsLocalizerFactory>();
        services.AddSingleton(sp => (TextsLocalizer)sp.GetRequiredService<IStringLocalizerFactory>().Create(typeof(Texts)));
        services.AddSingleton<IStringLocalizer>(sp => sp.GetRequiredService<TextsLocalizer>());
        services.AddTransient(typeof(IStringLocalizer<>), typeof(TypedTextsLocalizer<>));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = Cultures.Select(Culture).ToList();
            o.DefaultRequestCulture = new RequestCulture(Bokmal);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            // The choice is remembered in a cookie; the browser's language is not consulted, so bokmål stays the default.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        return services;
    }

    /// <summary>
    /// A supported culture as pages format with it. English dates read "7 Dec 2026" and times "14:05": the neutral
    /// English culture writes 12/7/2026, which a reader outside the US takes for 12 July. The request localisation
    /// middleware hands out these very instances, so every "d" and "g" in the app follows from here.
    /// </summary>
    public static CultureInfo Culture(string name)
    {
        var culture = new CultureInfo(name);
        if (name == English)
        {
            culture.DateTimeFormat.ShortDatePattern = "d MMM yyyy";
            culture.DateTimeFormat.LongDatePattern = "d MMMM yyyy";
            culture.DateTimeFormat.ShortTimePattern = "HH:mm";
            culture.DateTimeFormat.LongTimePattern = "HH:mm:ss";
        }

        return culture;
    }

    public static string LanguageOf(CultureInfo culture) => culture.TwoLetterISOLanguageName switch
    {
        "nn" => "nn",
        "en" => "en",
        _ => "nb",
    };
}

/// <summary>Marker type for the shared texts.</summary>
public sealed class Texts;

public sealed class TextsLocalizerFactory : IStringLocalizerFactory
{
    private readonly TextsLocalizer _localizer = TextsLocalizer.Load();

    public IStringLocalizer Create(Type resourceSource) => _localizer;

    public IStringLocalizer Create(string baseName, string location) => _localizer;
}

public sealed class TypedTextsLocalizer<T>(TextsLocalizer inner) : IStringLocalizer<T>
{
    public LocalizedString this[string name] => inner[name];

    public LocalizedString this[string name, params object[] arguments] => inner[name, arguments];

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);
}

public sealed class TextsLocalizer : IStringLocalizer
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _texts;

    private TextsLocalizer(FrozenDictionary<string, FrozenDictionary<string, string>> texts) => _texts = texts;

    public IReadOnlyDictionary<string, FrozenDictionary<string, string>> All => _texts;

    /// <summary>The localizer over the one table of words, Resources/texts.json, which the domain embeds and reads too.</summary>
    public static TextsLocalizer Load() => new(TextTable.All);

    public LocalizedString this[string name] => this[name, []];

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var language = Localization.LanguageOf(CultureInfo.CurrentUICulture);
            if (!_texts.TryGetValue(name, out var translations))
            {
                return new LocalizedString(name, name, resourceNotFound: true);
            }

            if (DomainKeys.Contains(name))
            {
                return new LocalizedString(name, FormatMessage(translations, language, arguments));
            }

            var value = translations.TryGetValue(language, out var text) ? text : translations["nb"];
            return new LocalizedString(name, arguments.Length == 0 ? value : string.Format(CultureInfo.CurrentCulture, value, arguments));
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        _texts.Keys.Select(k => this[k]);

    /// <summary>
    /// A domain message (a key of <see cref="MessageKeys"/> with its arguments) in the language of a culture name
    /// (<c>nb</c>, <c>nn-NO</c>, <c>en</c>; anything else gets bokmål), for what is told outside a request's culture: a
    /// stored explanation's bokmål text, an API answer in the caller's language. An unknown key comes back as itself, so
    /// a page never fails on a message.
    /// </summary>
    public static string Message(string key, string? culture, IReadOnlyList<object?> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return Shared.Value._texts.TryGetValue(key, out var translations) ? FormatMessage(translations, LanguageOf(culture), args) : key;
    }

    /// <summary>
    /// A text without arguments (a template header, help text, sheet name or code label) in the language of a culture
    /// name, for what is written outside a request's culture, such as the workbook in the language asked for. An
    /// unknown key comes back as itself.
    /// </summary>
    public static string Text(string key, string? culture) =>
        Shared.Value._texts.TryGetValue(key, out var translations) ? translations[LanguageOf(culture)] : key;

    private static readonly Lazy<TextsLocalizer> Shared = new(Load);

    private static string LanguageOf(string? culture) => CultureLanguages.Of(culture) switch
    {
        CultureLanguage.Nynorsk => "nn",
        CultureLanguage.English => "en",
        _ => "nb",
    };

    // The domain's messages are formatted with a fixed culture per language (decimal comma and thin grouping in
    // Norwegian, day-first dates in English), whatever the thread's culture, so a stored result reads the same each time.
    private static readonly FrozenDictionary<string, CultureInfo> MessageCultures = new Dictionary<string, CultureInfo>
    {
        ["nb"] = CultureInfo.GetCultureInfo("nb-NO"),
        ["nn"] = CultureInfo.GetCultureInfo("nn-NO"),
        ["en"] = CultureInfo.GetCultureInfo("en-GB"),
    }.ToFrozenDictionary();

    private static string FormatMessage(FrozenDictionary<string, string> translations, string language, IReadOnlyList<object?> args)
    {
        var template = translations.TryGetValue(language, out var text) ? text : translations["nb"];
        var values = new object?[args.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Unwrap(args[i]);
        }

        return string.Format(MessageCultures.GetValueOrDefault(language, MessageCultures["nb"]), template, values);
    }

    // Results stored as JSON come back with their arguments as JsonElement; numbers must format as numbers again.
    private static object? Unwrap(object? arg) => arg switch
    {
        JsonElement { ValueKind: JsonValueKind.Number } number => number.GetDecimal(),
        JsonElement { ValueKind: JsonValueKind.String } text => text.GetString(),
        JsonElement element => element.ToString(),
        _ => arg,
    };

    private static readonly FrozenSet<string> DomainKeys = MessageKeys.All.ToFrozenSet(StringComparer.Ordinal);
}
