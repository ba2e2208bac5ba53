using System.Globalization;
using Klimaspor.Domain.Calendar;

namespace Klimaspor.Features;

/// <summary>How pages show stored values, the same on every page.</summary>
internal static class Shown
{
    /// <summary>
    /// A stored UTC time as a clock in Norway shows it, in the reader's culture's short date and time: never the
    /// server's own time zone, which on a host kept in UTC would put every time one or two hours early.
    /// </summary>
    public static string Time(DateTime utc) => NorwegianTime.ClockOf(utc).ToString("g", CultureInfo.CurrentCulture);
}
