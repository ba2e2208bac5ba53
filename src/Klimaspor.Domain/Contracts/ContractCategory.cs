namespace Klimaspor.Domain.Contracts;

/// <summary>What a contract buys; the codes are the API's and the template's words.</summary>
public enum ContractCategory
{
    Bygg,
    Anlegg,
    DriftOgVedlikehold,
    Transporttjeneste,
    Renovasjon,
    ReparasjonOgService,
    Varelevering,
    Annet,
}

public enum ReportingFrequency
{
    Monthly,
    Quarterly,
    Yearly,
}

public static class ContractCodes
{
    private static readonly Dictionary<ContractCategory, string> CategoryCodes = new()
    {
        [ContractCategory.Bygg] = "bygg",
        [ContractCategory.Anlegg] = "anlegg",
        [ContractCategory.DriftOgVedlikehold] = "drift-og-vedlikehold",
        [ContractCategory.Transporttjeneste] = "transporttjeneste",
        [ContractCategory.Renovasjon] = "renovasjon",
        [ContractCategory.ReparasjonOgService] = "reparasjon-og-service",
        [ContractCategory.Varelevering] = "varelevering",
        [ContractCategory.Annet] = "annet",
    };

    private static readonly Dictionary<ReportingFrequency, string> FrequencyCodes = new()
    {
        [ReportingFrequency.Monthly] = "monthly",
        [ReportingFrequency.Quarterly] = "quarterly",
        [ReportingFrequency.Yearly] = "yearly",
    };

    public static IReadOnlyCollection<ContractCategory> Categories => CategoryCodes.Keys;

    public static IReadOnlyCollection<ReportingFrequency> Frequencies => FrequencyCodes.Keys;

    public static string Code(this ContractCategory category) => CategoryCodes[category];

    public static string Code(this ReportingFrequency frequency) => FrequencyCodes[frequency];

    public static bool TryParseCategory(string? code, out ContractCategory category) => TryParse(CategoryCodes, code, out category);

    public static bool TryParseFrequency(string? code, out ReportingFrequency frequency) => TryParse(FrequencyCodes, code, out frequency);

    private static bool TryParse<T>(Dictionary<T, string> codes, string? code, out T value)
        where T : struct, Enum
    {
        foreach (var (key, text) in codes)
        {
            if (string.Equals(text, code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = key;
                return true;
            }
        }

        value = default;
        return false;
    }
}
