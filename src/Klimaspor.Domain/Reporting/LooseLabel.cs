using System.Globalization;
using System.Text;

namespace Klimaspor.Domain.Reporting;

/// <summary>
/// Normalises what people type into a code column so that <c>Tårnkran</c>, <c>taarnkran</c> and <c>TÅRN-KRAN</c>
/// compare equal: lower case, æ ø å written out as ae oe aa (the Norwegian convention where the letters are missing),
/// other accents removed, everything but letters and digits dropped.
/// </summary>
public static class LooseLabel
{
    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 4);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            switch (char.ToLowerInvariant(c))
            {
                case 'æ' or 'ä':
                    builder.Append("ae");
                    break;
                case 'ø' or 'ö':
                    builder.Append("oe");
                    break;
                case 'å':
                    builder.Append("aa");
                    break;
                case var lower when char.IsLetterOrDigit(lower):
                    AppendWithoutAccent(builder, lower);
                    break;
                default:
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>The label without a trailing note in brackets: "Biogass (CBG/LBG)" is also matched as "Biogass".</summary>
    public static string WithoutBracketedNote(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var open = label.IndexOf('(', StringComparison.Ordinal);
        return open > 0 ? label[..open].TrimEnd() : label;
    }

    private static void AppendWithoutAccent(StringBuilder builder, char c)
    {
        if (c < 128)
        {
            builder.Append(c);
            return;
        }

        foreach (var part in c.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(part);
            }
        }
    }
}
