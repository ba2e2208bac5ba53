using PdfSharp.Fonts;
using SkiaSharp;

namespace Klimaspor.Features.Exports;

/// <summary>
/// The one typeface of the PDF reports and their charts: DejaVu Sans, shipped inside the app as an embedded resource
/// (Bitstream Vera licence, Resources/Fonts/LICENSE-DejaVu.txt), so that a report looks the same and embeds its font on
/// any machine, with no font installed and no network (docs/adr/0014). PDFsharp finds no fonts by itself on Linux: it
/// asks this resolver, whatever family a report names.
/// </summary>
internal sealed class ReportFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string RegularFace = "DejaVuSans";
    private const string BoldFace = "DejaVuSans-Bold";

    private static readonly Lazy<byte[]> Regular = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<byte[]> Bold = new(() => Load("DejaVuSans-Bold.ttf"));
    private static readonly Lock Installing = new();

    /// <summary>
    /// Makes PDFsharp and ScottPlot use the shipped typeface. PDFsharp's resolver is process-wide and may be set only
    /// before its first use, so it is set once, by whichever report comes first.
    /// </summary>
    public static void Install()
    {
        lock (Installing)
        {
            if (GlobalFontSettings.FontResolver is not ReportFonts)
            {
                GlobalFontSettings.FontResolver = new ReportFonts();
                ScottPlot.Fonts.FontResolvers.Add(new ChartFonts());
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? BoldFace : RegularFace, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[]? GetFont(string faceName) => faceName == BoldFace ? Bold.Value : Regular.Value;

    internal static SKTypeface Typeface(bool bold)
    {
        using var data = SKData.CreateCopy(bold ? Bold.Value : Regular.Value);
        return SKTypeface.FromData(data);
    }

    private static byte[] Load(string file)
    {
        using var stream = typeof(ReportFonts).Assembly.GetManifestResourceStream("Klimaspor.Fonts." + file)
            ?? throw new InvalidOperationException($"The font {file} is not embedded in the app.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The charts' typeface for ScottPlot, whose Skia build for Linux has no fontconfig to find system fonts.</summary>
    private sealed class ChartFonts : ScottPlot.IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            fontName == Family ? Typeface(bold) : null;

        public SKTypeface? CreateTypeface(string fontName, ScottPlot.FontWeight weight, ScottPlot.FontSlant slant, ScottPlot.FontSpacing spacing) =>
            fontName == Family ? Typeface(weight >= ScottPlot.FontWeight.SemiBold) : null;
    }
}
