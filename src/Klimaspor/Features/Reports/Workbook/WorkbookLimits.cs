namespace Klimaspor.Features.Reports.Workbook;

/// <summary>
/// What an uploaded workbook may be before it is refused. The package is measured from its zip directory before any
/// part is unpacked, so a zip bomb is refused without being inflated; the zip reader never inflates a part beyond the
/// size its directory states, so the stated sizes are a true upper bound.
/// </summary>
internal sealed record WorkbookLimits
{
    private const long MegaByte = 1024 * 1024;

    public static WorkbookLimits Default { get; } = new();

    /// <summary>The uploaded file itself. 100 000 template lines make a file of about 5 MB.</summary>
    public long MaxFileBytes { get; init; } = 50 * MegaByte;

    /// <summary>All parts of the package together, unpacked (their stated sizes).</summary>
    public long MaxUncompressedBytes { get; init; } = 200 * MegaByte;

    /// <summary>
    /// All CSV files of an uploaded zip together, unpacked. CSV is several times denser than a worksheet's XML (100 000
    /// machine lines are about 12 MB of CSV), and each file is read whole, so the bound is tighter than a workbook's.
    /// </summary>
    public long MaxCsvZipBytes { get; init; } = 64 * MegaByte;

    /// <summary>
    /// Unpacked size to packed size, for each part and for the package as a whole. A worksheet Excel saves packs about
    /// 10:1; a zip bomb packs a thousand to one and more.
    /// </summary>
    public double MaxCompressionRatio { get; init; } = 100;

    /// <summary>Parts smaller than this unpacked are not held to the ratio: a small part cannot hurt, whatever its ratio.</summary>
    public long RatioCheckFromBytes { get; init; } = MegaByte;

    /// <summary>Entries in the zip. A template workbook has about 25.</summary>
    public int MaxParts { get; init; } = 1_000;

    /// <summary>The last row number that may hold a value, on any sheet.</summary>
    public int MaxRows { get; init; } = 250_000;

    /// <summary>The last column (1-based: 256 is IV) that may hold a value, on any sheet. The widest template sheet has 18.</summary>
    public int MaxColumns { get; init; } = 256;
}
