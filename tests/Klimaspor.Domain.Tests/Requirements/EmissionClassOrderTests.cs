using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Requirements;

namespace Klimaspor.Domain.Tests.Requirements;

public sealed class EmissionClassOrderTests
{
    [Theory]
    [InlineData(EmissionClasses.StageI, EmissionClasses.StageIIIB, ClassComparison.Below)]
    [InlineData(EmissionClasses.StageIIIA, EmissionClasses.StageIIIB, ClassComparison.Below)]
    [InlineData(EmissionClasses.StageIIIB, EmissionClasses.StageIIIB, ClassComparison.NotBelow)]
    [InlineData(EmissionClasses.StageV, EmissionClasses.StageIIIB, ClassComparison.NotBelow)]
    [InlineData(EmissionClasses.StageIV, EmissionClasses.StageV, ClassComparison.Below)]
    [InlineData(EmissionClasses.EuroV, EmissionClasses.EuroVI, ClassComparison.Below)]
    [InlineData(EmissionClasses.EuroVI, EmissionClasses.EuroVI, ClassComparison.NotBelow)]
    [InlineData(EmissionClasses.EuroIV, EmissionClasses.EuroV, ClassComparison.Below)]
    [InlineData(EmissionClasses.Nullutslipp, EmissionClasses.StageV, ClassComparison.NotBelow)]
    [InlineData(EmissionClasses.Nullutslipp, EmissionClasses.EuroVI, ClassComparison.NotBelow)]
    [InlineData(EmissionClasses.StageV, EmissionClasses.Nullutslipp, ClassComparison.Below)]
    [InlineData(EmissionClasses.Ukjent, EmissionClasses.StageI, ClassComparison.Unknown)]
    [InlineData(null, EmissionClasses.StageIIIB, ClassComparison.Unknown)]
    [InlineData(EmissionClasses.EuroVI, EmissionClasses.StageIIIB, ClassComparison.Unknown)]
    [InlineData(EmissionClasses.StageV, EmissionClasses.EuroVI, ClassComparison.Unknown)]
    [InlineData(EmissionClasses.EuroIII, EmissionClasses.EuroIV, ClassComparison.Below)]
    [InlineData(EmissionClasses.Eev, EmissionClasses.EuroVI, ClassComparison.Below)]
    [InlineData(EmissionClasses.Eev, EmissionClasses.EuroV, ClassComparison.NotBelow)]
    [InlineData(EmissionClasses.Euro5, EmissionClasses.Euro6, ClassComparison.Below)]
    [InlineData(EmissionClasses.Euro6, EmissionClasses.Euro6, ClassComparison.NotBelow)]
    public void Compare_LineClassAgainstMinimum_ByTheLaddersOfStageAndEuro(string? line, string minimum, ClassComparison expected)
    {
        Assert.Equal(expected, EmissionClassOrder.Compare(line, minimum));
    }

    // Oslo kommune's transport requirement: "nullutslipp eller biogass, minimum euroklasse 6/VI" — Euro 6 for light-duty
    // and Euro VI for heavy-duty vehicles are the same step of the regulation, so one minimum covers both ladders.
    [Theory]
    [InlineData(EmissionClasses.Euro6, EmissionClasses.EuroVI, ClassComparison.NotBelow)]
    [InlineData(EmissionClasses.Euro5, EmissionClasses.EuroVI, ClassComparison.Below)]
    [InlineData(EmissionClasses.EuroVI, EmissionClasses.Euro6, ClassComparison.NotBelow)]
    [InlineData(EmissionClasses.EuroV, EmissionClasses.Euro6, ClassComparison.Below)]
    [InlineData(EmissionClasses.Eev, EmissionClasses.Euro6, ClassComparison.Below)]
    [InlineData(EmissionClasses.Eev, EmissionClasses.Euro5, ClassComparison.NotBelow)]
    public void Compare_LightAgainstHeavyEuro_TheSameStepOfTheRegulation(string line, string minimum, ClassComparison expected)
    {
        Assert.Equal(expected, EmissionClassOrder.Compare(line, minimum));
    }

    [Fact]
    public void CanBeMinimum_EveryListedClassButUnknown()
    {
        Assert.Equal([EmissionClasses.Ukjent], EmissionClasses.List.Entries.Select(e => e.Code).Where(c => !EmissionClassOrder.CanBeMinimum(c)));
    }
}
