using Klimaspor.Domain.Reporting.Template;

namespace Klimaspor.Domain.Tests.Template;

public sealed class CellValuesTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("12", 12)]
    [InlineData("12,5", 12.5)]
    [InlineData("12.5", 12.5)]
    [InlineData(",5", 0.5)]
    [InlineData("1 234 567,89", 1234567.89)]
    [InlineData("-3,5", -3.5)]
    [InlineData("\u22123,5", -3.5)]
    [InlineData("1E-05", 0.00001)]
    [InlineData("2.5E3", 2500)]
    public void ReadNumber_WrittenForms_Number(string text, double expected)
    {
        Assert.Equal(NumberText.Number, CellValues.ReadNumber(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("24,0", "24")]
    [InlineData("1 480,50", "1480.5")]
    [InlineData("2.5E3", "2500")]
    [InlineData("0,000", "0")]
    public void ReadNumber_TrailingZeros_ReadAsTheSameNumberWithout(string text, string invariant)
    {
        CellValues.ReadNumber(text, out var value);

        Assert.Equal(invariant, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1,234.5")]
    [InlineData("1 2345")]
    [InlineData("1234 567")]
    [InlineData("12,")]
    [InlineData("kr 100")]
    [InlineData("100 %")]
    [InlineData("99999999999999999999999999999999")]
    public void ReadNumber_Other_NotANumber(string text)
    {
        Assert.Equal(NumberText.NotANumber, CellValues.ReadNumber(text, out _));
    }

    [Theory]
    [InlineData("120 l")]
    [InlineData("120l")]
    [InlineData("35 kWh")]
    [InlineData("1 234,5 liter")]
    [InlineData("20 t")]
    public void ReadNumber_UnitTypedIn_NumberWithUnit(string text)
    {
        Assert.Equal(NumberText.NumberWithUnit, CellValues.ReadNumber(text, out _));
    }

    [Theory]
    [InlineData("01.03.2025", 2025, 3, 1)]
    [InlineData("1.3.2025", 2025, 3, 1)]
    [InlineData("2025-03-01", 2025, 3, 1)]
    [InlineData("29.02.2024", 2024, 2, 29)]
    [InlineData("45717", 2025, 3, 1)]
    [InlineData("45747.999", 2025, 3, 31)]
    [InlineData("61", 1900, 3, 1)]
    public void TryParseDate_WrittenFormsAndExcelSerials_Date(string text, int year, int month, int day)
    {
        Assert.True(CellValues.TryParseDate(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("29.02.2025")]
    [InlineData("2025-13-01")]
    [InlineData("01/03/2025")]
    [InlineData("1.3.25")]
    [InlineData("60")]
    [InlineData("-45717")]
    [InlineData("45 717")]
    public void TryParseDate_Other_Refused(string text)
    {
        Assert.False(CellValues.TryParseDate(text, out _));
    }

    [Fact]
    public void ToExcelSerial_RoundTrips()
    {
        var date = new DateOnly(2025, 3, 1);

        Assert.Equal(45717, CellValues.ToExcelSerial(date));
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(51, "AZ")]
    [InlineData(702, "AAA")]
    public void ColumnLetters_AsSpreadsheetsName(int index, string letters)
    {
        Assert.Equal(letters, CellValues.ColumnLetters(index));
    }

    [Theory]
    [InlineData("D7", "D")]
    [InlineData("AA12", "AA")]
    [InlineData(null, null)]
    [InlineData("", null)]
    public void ColumnLettersOf_TheCellsColumn(string? cell, string? letters)
    {
        Assert.Equal(letters, CellValues.ColumnLettersOf(cell));
    }
}
