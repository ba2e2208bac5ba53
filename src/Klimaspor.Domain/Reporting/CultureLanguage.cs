namespace Klimaspor.Domain.Reporting;

/// <summary>The three interface languages, picked from a culture name such as <c>nb-NO</c>, <c>nn</c> or <c>en-GB</c>.</summary>
public enum CultureLanguage
{
    Bokmal,
    Nynorsk,
    English,
}

public static class CultureLanguages
{
    /// <summary>Bokmål is the default: an unknown or missing culture gets bokmål, as the interface does.</summary>
    public static CultureLanguage Of(string? culture)
    {
        if (string.IsNullOrEmpty(culture))
        {
            return CultureLanguage.Bokmal;
        }

        if (culture.StartsWith("nn", StringComparison.OrdinalIgnoreCase))
        {
            return CultureLanguage.Nynorsk;
        }

        return culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? CultureLanguage.English : CultureLanguage.Bokmal;
    }
}
