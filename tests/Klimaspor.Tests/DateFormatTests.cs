using System.Text.RegularExpressions;
using Klimaspor.Web;

namespace Klimaspor.Tests;

/// <summary>English pages write dates so that no reader takes 12/7 for 12 July: "7 Dec 2026".</summary>
public sealed partial class DateFormatTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Theory]
    [InlineData(Localization.English, "7 Dec 2026", "7 Dec 2026 14:05")]
    [InlineData(Localization.Bokmal, "07.12.2026", "07.12.2026 14:05")]
    [InlineData(Localization.Nynorsk, "07.12.2026", "07.12.2026 14:05")]
    public void Culture_ShortDateAndTime_AreUnambiguous(string culture, string date, string dateAndTime)
    {
        var format = Localization.Culture(culture);

        Assert.Equal(date, new DateOnly(2026, 12, 7).ToString("d", format));
        Assert.Equal(dateAndTime, new DateTime(2026, 12, 7, 14, 5, 0, DateTimeKind.Unspecified).ToString("g", format));
    }

    [Fact]
    public async Task ContractList_InEnglish_WritesTheMonthByName()
    {
        var browser = await app.SignedIn("oslo-oppfolger@demo.klimaspor.no");

        var html = await browser.GetStringAsync("/Contracts?culture=en&ui-culture=en");

        Assert.Matches(EnglishDate(), html);
        Assert.DoesNotMatch(SlashedDate(), html);
    }

    [GeneratedRegex(@"\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}\b")]
    private static partial Regex EnglishDate();

    [GeneratedRegex(@"\b\d{1,2}/\d{1,2}/\d{4}\b")]
    private static partial Regex SlashedDate();
}
