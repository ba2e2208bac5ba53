using Klimaspor.Domain.Organisations;

namespace Klimaspor.Domain.Tests.Organisations;

public sealed class OrganisationNumberTests
{
    // 974760673 is Brønnøysundregistrene's own number; 123456785 is the worked example of the mod-11 rule.
    [Theory]
    [InlineData("974760673")]
    [InlineData("123456785")]
    [InlineData("958935420")]
    public void TryParse_ValidNumber_Accepted(string input)
    {
        Assert.True(OrganisationNumber.TryParse(input, out var number));
        Assert.Equal(input, number.Value);
    }

    [Theory]
    [InlineData("123456789")]
    [InlineData("974760674")]
    [InlineData("97476067")]
    [InlineData("9747606730")]
    [InlineData("97476067A")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_InvalidNumber_Refused(string? input)
    {
        Assert.False(OrganisationNumber.TryParse(input, out _));
    }

    [Theory]
    [InlineData("974 760 673")]
    [InlineData(" 974760673 ")]
    [InlineData("974\u00A0760\u00A0673")]
    [InlineData("974\u2009760\u2009673")]
    public void TryParse_SpacesBetweenDigits_Accepted(string input)
    {
        Assert.True(OrganisationNumber.TryParse(input, out var number));
        Assert.Equal("974760673", number.Value);
        Assert.Equal("974 760 673", number.Formatted);
    }

    [Fact]
    public void TryParse_CheckDigitWouldBeTen_Refused()
    {
        // Stem 40000000 has weighted sum 4 x 3 = 12, remainder 1: it would need check digit 10, so no number exists.
        for (var d = 0; d <= 9; d++)
        {
            Assert.False(OrganisationNumber.TryParse($"40000000{d}", out _));
        }
    }

    [Fact]
    public void Json_AMachineLinesOwner_SurvivesTheRoundTripAsItsDigits()
    {
        // The owner's number is how a subcontractor's lines in the main supplier's report are told apart (template
        // "ownerOrgNo … organisation number (subcontractor or rental firm)"); it was written as an object and read back empty.
        var line = new Reporting.MachineLine
        {
            MachineId = "PIN-1",
            MachineType = "gravemaskin",
            EnergyCarrier = "diesel",
            DataSource = "manuell",
            OwnerOrgNo = OrganisationNumber.Parse("974 760 673")
        };

        var json = System.Text.Json.JsonSerializer.Serialize(line);
        var back = System.Text.Json.JsonSerializer.Deserialize<Reporting.MachineLine>(json)!;
        var stored = System.Text.Json.JsonSerializer.Deserialize<Reporting.MachineLine>(
            json.Replace("\"974760673\"", "{\"Value\":\"974760673\",\"Formatted\":\"974 760 673\"}", StringComparison.Ordinal))!;

        Assert.Contains("\"OwnerOrgNo\":\"974760673\"", json, StringComparison.Ordinal);
        Assert.Equal("974760673", back.OwnerOrgNo?.Value);
        Assert.Equal("974760673", stored.OwnerOrgNo?.Value);
    }
}
