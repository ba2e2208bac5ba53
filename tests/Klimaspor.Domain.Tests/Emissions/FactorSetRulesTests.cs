using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Validation;

namespace Klimaspor.Domain.Tests.Emissions;

public sealed class FactorSetRulesTests
{
    private static readonly FactorSet Draft = FactorSetRules.NewVersion(ReferenceFactorSets.NoTerritorial2021, latestVersion: 1);

    [Fact]
    public void ReferenceSets_Validate_NoErrors()
    {
        Assert.All(ReferenceFactorSets.All, set => Assert.Empty(FactorSetRules.Validate(set)));
    }

    [Fact]
    public void ReferenceSets_EveryValue_HasSourceAndBoundaryOfItsSet()
    {
        // Rows of emission-factors.csv: 14 territorial; 12 life-cycle (no propane per kg, no natural gas per Sm3).
        Assert.Equal(14, ReferenceFactorSets.NoTerritorial2021.Factors.Count);
        Assert.Equal(12, ReferenceFactorSets.LifecycleWtw2023.Factors.Count);
        Assert.All(ReferenceFactorSets.All.SelectMany(s => s.Factors.Select(f => (s, f))), pair =>
        {
            Assert.False(string.IsNullOrWhiteSpace(pair.f.Source));
            Assert.Equal(pair.s.Boundary, pair.f.Boundary);
        });
        Assert.Null(ReferenceFactorSets.LifecycleWtw2023.Find("fjernvarme", QuantityUnit.KilowattHour)!.KgCo2ePerUnit);
    }

    [Fact]
    public void NewVersion_PublishedSet_DraftCopyWithNextVersion()
    {
        Assert.Equal(2, Draft.Version);
        Assert.Equal(FactorSetStatus.Draft, Draft.Status);
        Assert.Equal(ReferenceFactorSets.NoTerritorial2021.Factors, Draft.Factors);
    }

    [Fact]
    public void NewVersion_FromOlderVersion_NumberedAfterLatest()
    {
        Assert.Equal(6, FactorSetRules.NewVersion(ReferenceFactorSets.NoTerritorial2021, latestVersion: 5).Version);
    }

    [Fact]
    public void Change_PublishedSet_RefusedAsImmutable()
    {
        var published = ReferenceFactorSets.NoTerritorial2021;

        var result = FactorSetRules.Change(published, published with { Description = "changed" });

        Assert.Equal(OutcomeKind.Locked, result.Kind);
        Assert.Equal(MessageKeys.FactorSetPublishedIsImmutable, Assert.Single(result.Problems).MessageKey);
    }

    [Fact]
    public void Change_Draft_Accepted()
    {
        var result = FactorSetRules.Change(Draft, Draft with { Description = "2025 review" });

        Assert.True(result.Succeeded);
        Assert.Equal("2025 review", result.Value.Description);
    }

    [Fact]
    public void Change_DraftRenumbered_Refused()
    {
        var result = FactorSetRules.Change(Draft, Draft with { Version = 7 });

        Assert.Equal("version", Assert.Single(result.Problems).Field);
    }

    [Fact]
    public void Publish_ValidDraft_Published()
    {
        var result = FactorSetRules.Publish(Draft);

        Assert.True(result.Succeeded);
        Assert.Equal(FactorSetStatus.Published, result.Value.Status);
        Assert.Equal(2, result.Value.Version);
    }

    [Fact]
    public void Publish_AlreadyPublished_Refused()
    {
        Assert.False(FactorSetRules.Publish(ReferenceFactorSets.LifecycleWtw2023).Succeeded);
    }

    [Fact]
    public void Validate_NegativeFactor_ErrorWithFieldPath()
    {
        var draft = WithFactor(0, f => f with { KgCo2ePerUnit = -2.66m });

        var error = Assert.Single(FactorSetRules.Validate(draft));
        Assert.Equal("factors[0].kgCo2ePerUnit", error.Field);
        Assert.Equal(MessageKeys.FactorSetNegativeValue, error.MessageKey);
        Assert.False(FactorSetRules.Publish(draft).Succeeded);
    }

    [Fact]
    public void Validate_FactorInGramsByMistake_TooLarge()
    {
        // 2 660 is diesel in g/l typed into a kg/l column.
        var error = Assert.Single(FactorSetRules.Validate(WithFactor(0, f => f with { KgCo2ePerUnit = 2660m })));

        Assert.Equal(("factors[0].kgCo2ePerUnit", MessageKeys.FactorSetValueTooLarge), (error.Field, error.MessageKey));
    }

    [Fact]
    public void Validate_DuplicateCarrierAndUnit_Error()
    {
        var draft = Draft with { Factors = [.. Draft.Factors, Draft.Factors[0] with { KgCo2ePerUnit = 2.7m }] };

        var error = Assert.Single(FactorSetRules.Validate(draft));
        Assert.Equal(($"factors[{Draft.Factors.Count}]", MessageKeys.FactorSetDuplicateFactor), (error.Field, error.MessageKey));
        Assert.Equal(["diesel", "liter"], error.Arguments);
    }

    [Fact]
    public void Validate_UnitCarrierCannotHave_Error()
    {
        var draft = Draft with { Factors = [.. Draft.Factors, Draft.Factors[0] with { Carrier = "el-batteri", Unit = QuantityUnit.Litre }] };

        var error = Assert.Single(FactorSetRules.Validate(draft));
        Assert.Equal(($"factors[{Draft.Factors.Count}].unit", MessageKeys.FactorSetUnitNotAllowed), (error.Field, error.MessageKey));
    }

    [Fact]
    public void Validate_HybridRowOrUnknownCarrierOrMixedBoundary_Errors()
    {
        var draft = Draft with
        {
            Factors =
            [
                Draft.Factors[0] with { Carrier = "hybrid-diesel" },
                Draft.Factors[1] with { Carrier = "biodiesel" },
                Draft.Factors[2] with { Boundary = EmissionBoundary.LifeCycle },
            ],
        };

        Assert.Equal(
            [MessageKeys.FactorSetHybridHasNoFactor, MessageKeys.FactorSetUnknownCarrier, MessageKeys.FactorSetBoundaryMismatch],
            FactorSetRules.Validate(draft).Select(e => e.MessageKey));
    }

    [Fact]
    public void Validate_BaselineAndIdentity_Errors()
    {
        var draft = Draft with
        {
            Key = "Ny Faktor",
            Version = 0,
            Baseline = Draft.Baseline with { DieselKwhPerLitre = 0, ElectricDriveLitresPerKwh = -0.1m },
        };

        Assert.Equal(
            ["key", "version", "baseline.dieselKwhPerLitre", "baseline.electricDriveLitresPerKwh"],
            FactorSetRules.Validate(draft).Select(e => e.Field));
    }

    [Fact]
    public void Calculate_EditedBaselineAssumption_UsedAndTraced()
    {
        // Assumptions belong to the set: 0.30 l/kWh instead of 0.256 changes the baseline, visibly.
        var edited = ReferenceFactorSets.NoTerritorial2021 with
        {
            Version = 2,
            Baseline = ReferenceFactorSets.NoTerritorial2021.Baseline with { ElectricDriveLitresPerKwh = 0.30m },
        };
        var lines = new ReportLines { Machines = [TestLines.Machine("el-batteri", kwh: 1000)] };

        var result = EmissionCalculation.Calculate(lines, edited, ReferenceFactorSets.LifecycleWtw2023);

        Assert.Equal(300m, result.Lines[0].Territorial.BaselineDieselLitres.Value);
        Assert.Equal(256m, result.Lines[0].LifeCycle.BaselineDieselLitres.Value);
        Assert.Equal(2, result.Territorial.Version);
    }

    private static FactorSet WithFactor(int index, Func<EmissionFactor, EmissionFactor> change) =>
        Draft with { Factors = [.. Draft.Factors.Select((f, i) => i == index ? change(f) : f)] };
}
