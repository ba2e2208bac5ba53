using System.Globalization;

namespace Klimaspor.Features;

/// <summary>Reads numbers and dates as people type them in forms; what cannot be read becomes a located error, not a guess.</summary>
internal static class FormValues
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy"];

    public static DateOnly? Date(string? value, string field, List<Problem> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return DateOnly.TryParseExact(value.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : Invalid<DateOnly>(errors, field, value, "Validation.NotADate");
    }

    /// <summary>Accepts "412 000 000", "412000000,50" and "412000000.50": spaces of any kind group thousands.</summary>
    public static decimal? Number(string? value, string field, List<Problem> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        // The same reading as a report cell: a form and a spreadsheet accept the same ways of writing a number.
        return Domain.Reporting.Template.CellValues.TryParseNumber(value, out var number)
            ? number
            : Invalid<decimal>(errors, field, value, "Validation.NotANumber");
    }

    public static T? Invalid<T>(List<Problem> errors, string field, string value, string key)
        where T : struct
    {
        errors.Add(new Problem(field, key, value));
        return null;
    }
}
