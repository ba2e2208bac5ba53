using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace Klimaspor.Features.Exports;

/// <summary>
/// A PDF laid out top to bottom on A4 pages and tagged as it is drawn (PDF/UA, ISO 14289-1): every heading, paragraph,
/// table cell and figure is a structure element in reading order, the chart carries its alternative text, page
/// furniture is an artifact, the document's language and title are set and shown, and the one typeface is embedded
/// (<see cref="ReportFonts"/>). Built on PDFsharp's <see cref="UAManager"/>. Text is written in WinAnsi, which holds
/// Norwegian (æ, ø, å, the en dash) and keeps every string in the content stream as the characters it is.
/// </summary>
internal sealed class TaggedPdf : IDisposable
{
    private const double Margin = 50;
    private const double LineGap = 1.25;

    private readonly PdfDocument _document = new();
    private readonly StructureBuilder _structure;
    private readonly XFont _body;
    private readonly XFont _bold;
    private readonly XFont _small;
    private readonly XFont _heading1;
    private readonly XFont _heading2;
    private readonly string _footer;
    private XGraphics _graphics;
    private PdfPage _page;
    private double _y;

    /// <param name="language">The document's language as BCP 47 (<c>nb-NO</c>), for screen readers.</param>
    /// <param name="footer">Shown at the foot of every page, marked as an artifact (not content).</param>
    public TaggedPdf(string title, string language, string footer)
    {
        ReportFonts.Install();
        _footer = footer;
        _document.Info.Title = title;
        _document.Info.Creator = "Klimaspor";
        _document.Info.Author = "Klimaspor";
        _document.ViewerPreferences.DisplayDocTitle = true;
        var ua = UAManager.ForDocument(_document);
        ua.SetDocumentLanguage(language);
        _structure = ua.StructureBuilder;

        var options = new XPdfFontOptions(PdfFontEncoding.WinAnsi);
        _body = new XFont(ReportFonts.Family, 9.5, XFontStyleEx.Regular, options);
        _bold = new XFont(ReportFonts.Family, 9.5, XFontStyleEx.Bold, options);
        _small = new XFont(ReportFonts.Family, 7.5, XFontStyleEx.Regular, options);
        _heading1 = new XFont(ReportFonts.Family, 17, XFontStyleEx.Bold, options);
        _heading2 = new XFont(ReportFonts.Family, 12.5, XFontStyleEx.Bold, options);
        (_page, _graphics) = NewPage();
        _y = Margin;
    }

    private double Width => _page.Width.Point - (2 * Margin);

    private double Bottom => _page.Height.Point - Margin - 14;

    public void Heading1(string text) => Block(PdfBlockLevelElementTag.Heading1, text, _heading1, spaceBefore: 0, spaceAfter: 6);

    public void Heading2(string text) => Block(PdfBlockLevelElementTag.Heading2, text, _heading2, spaceBefore: 12, spaceAfter: 4);

    public void Paragraph(string text, bool small = false) => Block(PdfBlockLevelElementTag.Paragraph, text, small ? _small : _body, spaceBefore: 0, spaceAfter: 4);

    /// <summary>A list of items (explanations, sources): each a list item with its text as the item's body.</summary>
    public void List(IEnumerable<string> items, bool small = false)
    {
        var font = small ? _small : _body;
        _structure.BeginElement(PdfBlockLevelElementTag.List);
        foreach (var item in items)
        {
            var lines = Wrap(item, font, Width - 12);
            EnsureRoom(Height(font) * Math.Min(lines.Count, 3));
            _structure.BeginElement(PdfBlockLevelElementTag.ListItem);
            _structure.BeginElement(PdfBlockLevelElementTag.Label);
            _graphics.DrawString("•", font, XBrushes.Black, new XRect(Margin, _y, 10, Height(font)), XStringFormats.TopLeft);
            _structure.End();
            _structure.BeginElement(PdfBlockLevelElementTag.ListBody);
            foreach (var line in lines)
            {
                EnsureRoom(Height(font));
                _graphics.DrawString(line, font, XBrushes.Black, new XRect(Margin + 12, _y, Width - 12, Height(font)), XStringFormats.TopLeft);
                _y += Height(font);
            }

            _structure.End();
            _structure.End();
        }

        _structure.End();
        _y += 4;
    }

    /// <summary>
    /// A table with a header row of column headers (TH) and rows whose first cell heads its row. Numbers are right-aligned;
    /// the header row is drawn again at the top of a page the table continues on, marked as an artifact.
    /// </summary>
    /// <param name="widths">Relative widths of the columns.</param>
    public void Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<double> widths, IReadOnlyList<bool> numeric)
    {
        var total = widths.Sum();
        var columns = widths.Select(w => w / total * Width).ToArray();
        var headerLines = headers.Select((h, i) => Wrap(h, _small, columns[i] - 4)).ToList();
        var headerHeight = (headerLines.Max(l => l.Count) * Height(_small)) + 4;
        var rowHeight = Height(_small) + 3;

        EnsureRoom(headerHeight + (rowHeight * Math.Min(rows.Count, 3)));
        _structure.BeginElement(PdfBlockLevelElementTag.Table);
        _structure.BeginElement(PdfBlockLevelElementTag.TableHeadRowGroup);
        _structure.BeginElement(PdfBlockLevelElementTag.TableRow);
        DrawHeader(headerLines, columns, numeric, headerHeight, tagged: true);
        _structure.End();
        _structure.End();
        _structure.BeginElement(PdfBlockLevelElementTag.TableBodyRowGroup);
        foreach (var row in rows)
        {
            if (_y + rowHeight > Bottom)
            {
                NextPage();
                DrawHeader(headerLines, columns, numeric, headerHeight, tagged: false);
            }

            _structure.BeginElement(PdfBlockLevelElementTag.TableRow);
            var x = Margin;
            for (var i = 0; i < row.Count; i++)
            {
                _structure.BeginElement(i == 0 ? PdfBlockLevelElementTag.TableHeaderCell : PdfBlockLevelElementTag.TableDataCell);
                var text = Fit(row[i], _small, columns[i] - 4);
                _graphics.DrawString(text, _small, XBrushes.Black, new XRect(x + 2, _y + 1.5, columns[i] - 4, Height(_small)),
                    numeric[i] ? XStringFormats.TopRight : XStringFormats.TopLeft);
                _structure.End();
                x += columns[i];
            }

            _structure.End();
            _y += rowHeight;
            Rule(0.25);
        }

        _structure.End();
        _structure.End();
        _y += 6;
    }

    /// <summary>An image (a chart) as a figure with its alternative text, which says what the chart shows in words.</summary>
    public void Figure(byte[] png, string alternativeText, double aspect)
    {
        var height = Width * aspect;
        EnsureRoom(height + 6);
        using var image = XImage.FromStream(new MemoryStream(png, writable: false));
        var box = new XRect(Margin, _y, Width, height);
        _structure.BeginElement(PdfIllustrationElementTag.Figure, alternativeText, box);
        _graphics.DrawImage(image, box);
        _structure.End();
        _y += height + 6;
    }

    public byte[] Save()
    {
        Footer();
        _graphics.Dispose();
        using var stream = new MemoryStream();
        _document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        _graphics.Dispose();
        _document.Dispose();
    }

    private void DrawHeader(List<List<string>> headerLines, double[] columns, IReadOnlyList<bool> numeric, double height, bool tagged)
    {
        if (!tagged)
        {
            _structure.BeginArtifact();
        }

        _graphics.DrawRectangle(new XSolidBrush(XColor.FromArgb(0xDD, 0xEB, 0xF7)), new XRect(Margin, _y, Width, height));
        var x = Margin;
        for (var i = 0; i < columns.Length; i++)
        {
            if (tagged)
            {
                _structure.BeginElement(PdfBlockLevelElementTag.TableHeaderCell);
            }

            var lineY = _y + 2;
            foreach (var line in headerLines[i])
            {
                _graphics.DrawString(line, _small, XBrushes.Black, new XRect(x + 2, lineY, columns[i] - 4, Height(_small)),
                    numeric[i] ? XStringFormats.TopRight : XStringFormats.TopLeft);
                lineY += Height(_small);
            }

            if (tagged)
            {
                _structure.End();
            }

            x += columns[i];
        }

        if (!tagged)
        {
            _structure.End();
        }

        _y += height;
    }

    private void Block(PdfBlockLevelElementTag tag, string text, XFont font, double spaceBefore, double spaceAfter)
    {
        var lines = Wrap(text, font, Width);
        _y += spaceBefore;
        // A heading is kept with the start of what follows it.
        EnsureRoom(Height(font) * (tag == PdfBlockLevelElementTag.Paragraph ? Math.Min(lines.Count, 2) : lines.Count + 4));
        _structure.BeginElement(tag);
        foreach (var line in lines)
        {
            EnsureRoom(Height(font));
            _graphics.DrawString(line, font, XBrushes.Black, new XRect(Margin, _y, Width, Height(font)), XStringFormats.TopLeft);
            _y += Height(font);
        }

        _structure.End();
        _y += spaceAfter;
    }

    private static double Height(XFont font) => font.Size * LineGap;

    private void Rule(double thickness)
    {
        _structure.BeginArtifact();
        _graphics.DrawLine(new XPen(XColors.LightGray, thickness), Margin, _y, Margin + Width, _y);
        _structure.End();
    }

    private void EnsureRoom(double height)
    {
        if (_y + height > Bottom)
        {
            NextPage();
        }
    }

    private void NextPage()
    {
        Footer();
        _graphics.Dispose();
        (_page, _graphics) = NewPage();
        _y = Margin;
    }

    private (PdfPage, XGraphics) NewPage()
    {
        var page = _document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        return (page, XGraphics.FromPdfPage(page));
    }

    private void Footer()
    {
        _structure.BeginArtifact();
        var text = $"{_footer} – {_document.PageCount}";
        _graphics.DrawString(text, _small, XBrushes.Gray, new XRect(Margin, _page.Height.Point - Margin, Width, Height(_small)), XStringFormats.TopLeft);
        _structure.End();
    }

    /// <summary>Text cut to a column's width with an ellipsis; a table cell holds one line.</summary>
    private string Fit(string text, XFont font, double width)
    {
        if (_graphics.MeasureString(text, font).Width <= width)
        {
            return text;
        }

        var cut = text;
        while (cut.Length > 1 && _graphics.MeasureString(cut + "…", font).Width > width)
        {
            cut = cut[..^1];
        }

        return cut + "…";
    }

    /// <summary>Words laid into lines no wider than <paramref name="width"/>; a word wider than a line stands alone.</summary>
    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && _graphics.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(line);
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }

            lines.Add(line);
        }

        return lines;
    }
}
