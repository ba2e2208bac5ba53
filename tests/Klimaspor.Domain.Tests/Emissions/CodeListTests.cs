using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Template;

namespace Klimaspor.Domain.Tests.Emissions;

public sealed class CodeListTests
{
    [Theory]
    [InlineData("Gravemaskin", "gravemaskin")]
    [InlineData("gravemaskin", "gravemaskin")]
    [InlineData("GRAVEMASKIN ", "gravemaskin")]
    [InlineData("Excavator", "gravemaskin")]
    [InlineData("Hjullaster", "hjullaster")]
    [InlineData("Hjullastar", "hjullaster")]
    [InlineData("Tårnkran", "taarnkran")]
    [InlineData("Taarnkran", "taarnkran")]
    [InlineData("tårn-kran", "taarnkran")]
    [InlineData("Veihøvel", "veihovel")]
    [InlineData("Minigraver", "minigraver")]
    [InlineData("Minigraver (< 6 t)", "minigraver")]
    [InlineData("Byggvarme/uttørking", "byggvarme")]
    public void MachineType_LooseLabel_Matched(string typed, string code)
    {
        Assert.True(MachineTypes.List.TryMatch(typed, out var entry));
        Assert.Equal(code, entry.Code);
    }

    [Theory]
    [InlineData("HVO100", "hvo100")]
    [InlineData("hvo 100", "hvo100")]
    [InlineData("HVO", "hvo100")]
    [InlineData("Batt(el)", "el-batteri")]
    [InlineData("Batterielektrisk", "el-batteri")]
    [InlineData("el-batteri", "el-batteri")]
    [InlineData("Strøm fra nettet", "el-nett")]
    [InlineData("Straum frå nettet", "el-nett")]
    [InlineData("Biogass", "biogass")]
    [InlineData("CNG", "naturgass")]
    [InlineData("Ladbar hybrid, diesel", "hybrid-diesel")]
    [InlineData("Petrol", "bensin")]
    public void EnergyCarrier_LooseLabel_Matched(string typed, string code)
    {
        Assert.True(CodeLists.EnergyCarrier.TryMatch(typed, out var entry));
        Assert.Equal(code, entry.Code);
    }

    [Theory]
    // Statens vegvesen's Avgasskode (https://vegvesen.github.io/ak-api/kodeverk/avgasskode/): "6L Euro 6" light-duty,
    // "6T Euro VI" heavy-duty, "ET EEV … frivillig Euro-avgasskode for tunge kjøretøy".
    [InlineData("Euro 6", "euro-6")]
    [InlineData("6L", "euro-6")]
    [InlineData("EURO VI", "euro-vi")]
    [InlineData("6T", "euro-vi")]
    [InlineData("Euro III", "euro-iii")]
    [InlineData("Euro 3", "euro-3")]
    [InlineData("EEV", "eev")]
    [InlineData("ET", "eev")]
    [InlineData("Stage V", "stage-v")]
    [InlineData("Steg IIIB", "stage-iiib")]
    [InlineData("Måler", "maaler")]
    [InlineData("Brukt frityrolje", "brukt-frityrolje")]
    [InlineData("Søppelbil", "renovasjonsbil")]
    [InlineData("Lading av maskiner", "lading")]
    public void OtherLists_LooseLabel_Matched(string typed, string code)
    {
        var matches = CodeLists.All.Select(list => list.TryMatch(typed, out var entry) ? entry.Code : null).OfType<string>();

        Assert.Equal(code, Assert.Single(matches));
    }

    [Theory]
    [InlineData("Gravemaskinen")]
    [InlineData("Tarnkran")]
    [InlineData("")]
    [InlineData(null)]
    public void MachineType_NotALabel_NotMatched(string? typed)
    {
        Assert.False(MachineTypes.List.TryMatch(typed, out _));
    }

    [Fact]
    public void EnergyCarrier_ShortFormOfTwoLabels_NotGuessed()
    {
        // "Elektrisk (batteri)" and "Elektrisk (kabel)" both shorten to "Elektrisk": import must ask, not pick one.
        Assert.False(CodeLists.EnergyCarrier.TryMatch("Elektrisk", out _));
    }

    [Fact]
    public void CodeLists_AsInTemplate()
    {
        Assert.Equal(
            ["diesel", "hvo100", "fame100", "bensin", "biogass", "naturgass", "propan", "hydrogen", "el-batteri", "el-kabel",
                "hybrid-diesel", "hybrid-hvo", "el-nett", "fjernvarme", "pellets", "varmepumpe"],
            EnergyCarrier.All.Select(c => c.Code));
        Assert.Equal(19, MachineTypes.List.Entries.Count);
        Assert.Equal(7, VehicleTypes.List.Entries.Count);
        Assert.Equal(8, TransportPurposes.List.Entries.Count); // v1's seven and v2's paa-anlegget
        Assert.Equal(4, EnergyPurposes.List.Entries.Count);
        Assert.Equal(21, EmissionClasses.List.Entries.Count);
        Assert.Equal(5, DataSources.List.Entries.Count);
        Assert.Equal(9, Feedstocks.List.Entries.Count);
    }

    [Fact]
    public void CodeLists_EveryEntry_HasALabelInBokmalNynorskAndEnglish()
    {
        // The code lists hold codes only; their labels are the app's texts, one key per code, in each language.
        var keys = CodeLists.All.Append(TemplateSheets.FuelProducts).SelectMany(l => l.Entries.Select(e => e.LabelKey))
            .Concat(EnergyCarrier.All.Select(c => c.LabelKey));
        Assert.All(keys, key =>
        {
            Assert.Contains(key, Messages.Keys);
            var (nb, nn, en) = Messages.Texts(key);
            Assert.All(new[] { nb, nn, en }, text => Assert.False(string.IsNullOrWhiteSpace(text), key));
        });
        Assert.Equal("Codes.machineType.annet", MachineTypes.List.Entries[^1].LabelKey);
        Assert.Equal("Anna", Messages.Word(MachineTypes.List.Entries[^1].LabelKey, "nn-NO"));
        Assert.Equal("Other", Messages.Word(MachineTypes.List.Entries[^1].LabelKey, "en"));
    }

    [Fact]
    public void EnergyCarriers_ClassUnitsAndForm()
    {
        Assert.Equal(EnergyClass.ZeroEmission, EnergyCarrier.Fjernvarme.EnergyClass);
        Assert.Equal(EnergyClass.Biogas, EnergyCarrier.Biogass.EnergyClass);
        Assert.Equal(EnergyClass.LiquidBiofuel, EnergyCarrier.Fame100.EnergyClass);
        Assert.Equal(EnergyClass.Fossil, EnergyCarrier.Propan.EnergyClass);
        Assert.True(EnergyCarrier.HybridDiesel.IsPlugInHybrid);
        Assert.Equal([QuantityUnit.Litre, QuantityUnit.KilowattHour], EnergyCarrier.HybridHvo.Units);
        Assert.False(EnergyCarrier.ElBatteri.CanBeReportedIn(QuantityUnit.Litre));
        Assert.True(EnergyCarrier.ElKabel.IsElectric);
        Assert.True(EnergyCarrier.Naturgass.IsGas);
        Assert.Equal("Straum frå nettet", Messages.Word(EnergyCarrier.ElNett.LabelKey, "nn"));
    }
}
