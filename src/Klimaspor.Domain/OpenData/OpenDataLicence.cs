namespace Klimaspor.Domain.OpenData;

/// <summary>
/// A licence a publisher may put its open data under, named by the URI data.norge.no knows it by. NLOD 2.0 (Norsk
/// lisens for offentlige data) is the default: the Norwegian government's licence for public data; CC BY 4.0 is its
/// international equivalent, and CC0 gives up every right.
/// </summary>
public sealed record OpenDataLicence(string Code, string Uri, string Name)
{
    public static readonly OpenDataLicence Nlod20 = new("nlod-2.0", "http://data.norge.no/nlod/no/2.0", "Norsk lisens for offentlige data (NLOD) 2.0");
    public static readonly OpenDataLicence CcBy40 = new("cc-by-4.0", "http://creativecommons.org/licenses/by/4.0/", "Creative Commons Navngivelse 4.0 (CC BY 4.0)");
    public static readonly OpenDataLicence Cc0 = new("cc0-1.0", "http://creativecommons.org/publicdomain/zero/1.0/", "Creative Commons Zero 1.0 (CC0)");

    public static readonly IReadOnlyList<OpenDataLicence> All = [Nlod20, CcBy40, Cc0];

    /// <summary>The licence of a stored code; NLOD 2.0 when none was picked.</summary>
    public static OpenDataLicence Of(string? code) => All.FirstOrDefault(l => l.Code == code) ?? Nlod20;

    public static bool IsKnown(string? code) => All.Any(l => l.Code == code);
}
