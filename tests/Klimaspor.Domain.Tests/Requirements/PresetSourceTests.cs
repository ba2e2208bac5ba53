using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Requirements;
using static Klimaspor.Domain.Tests.Requirements.Site;

namespace Klimaspor.Domain.Tests.Requirements;

/// <summary>
/// The presets re-read against their public sources (issue 14 item 2): each clause cites its source, reads as the
/// source does, and behaves as it reads on a case that meets it and one that breaks it. Sources:
/// Kriterieveiviseren, https://kriterieveiviseren.difi.no/nb/content/nb-utslippsreduksjon-fra-anleggsmaskiner-kjoretoy-og-utstyr;
/// Oslo 2025, https://www.klimaoslo.no/oslo-requires-emission-free-machines-on-municipal-construction-sites;
/// Oslo 2019's transport, https://www.nelfo.no/artikler/q1-2019/oktober/utslippsfrie-byggeplasser-i-oslo/;
/// the rest from the domain summary where the full text could not be retrieved.
/// </summary>
public sealed class PresetSourceTests
{
    public static TheoryData<string> PresetKeys()
    {
        var data = new TheoryData<string>();
        foreach (var preset in RequirementPresets.All)
        {
            data.Add(preset.Key);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PresetKeys))]
    public void Clauses_EveryRuleOfEveryPreset_CitesASourceAndAQuote(string key)
    {
        var preset = RequirementPresets.Find(key)!;
        var rules = Preset(key);

        Assert.Equal(rules.Select(r => r.Key).Order(), preset.Clauses.Select(c => c.RuleKey).Order());
        Assert.All(preset.Clauses, c => Assert.False(string.IsNullOrWhiteSpace(c.Quote)));
        // A quote is the source's own words only where the source was read; otherwise it says it is the public summary.
        Assert.All(preset.Clauses, c => Assert.True(c.Summary || c.SourceUrl.StartsWith("https://", StringComparison.Ordinal), c.RuleKey));
        Assert.All(preset.Clauses.SelectMany(c => c.Additions).Where(a => a.Switch is not null),
            a => Assert.Contains(preset.Parameters, p => p.Name == a.Switch && p.Switch));
    }

    [Theory]
    [MemberData(nameof(PresetKeys))]
    public void Build_EveryPreset_RecordsItsVersionAndParametersOnEachRule(string key)
    {
        var preset = RequirementPresets.Find(key)!;

        Assert.All(Preset(key), r => Assert.Equal((key, preset.Version), (r.FromPreset!.Preset, r.FromPreset.Version)));
    }

    [Fact]
    public void Kriterieveiviseren_FossilFreeMachines_ReadsAsTheGuideAndCountsEachFossilMachine()
    {
        // «Maskiner og utstyr på anleggsplassen skal være fossilfrie.»
        var rule = Rule(RequirementPresets.Kriterieveiviseren, "kriterieveiviseren-fossilfrie-maskiner");
        Assert.Contains("Maskiner og utstyr på anleggsplassen skal være fossilfrie", rule.ClauseText, StringComparison.Ordinal);

        Assert.Equal(ComplianceStatus.Met, Only(Contract(Month(1, Machine("PIN-1", "hvo100"), Machine("AGG-1", "el-kabel", type: MachineTypes.Aggregat))), rule).Status);
        var broken = Only(Contract(Month(1, Machine("PIN-1", "hvo100"), Machine("AGG-2", "diesel", type: MachineTypes.Aggregat))), rule);
        Assert.Equal(ComplianceStatus.NotMet, broken.Status);
        Assert.Equal(["AGG-2"], broken.Offenders);
    }

    [Fact]
    public void Kriterieveiviseren_StageIIIB_CoversConstructionMachinesNotGenerators()
    {
        // «Anleggsmaskiner som skal benyttes til oppdraget skal minimum tilfredsstille EU Steg IIIb-standardens krav til utslipp.»
        var rule = Rule(RequirementPresets.Kriterieveiviseren, "kriterieveiviseren-minst-stage-iiib");
        Assert.Contains("Anleggsmaskiner", rule.ClauseText, StringComparison.Ordinal);
        Assert.Contains("Steg IIIb", rule.ClauseText, StringComparison.Ordinal);
        Assert.DoesNotContain(MachineTypes.Aggregat, rule.Scope.Types);

        var generator = Contract(Month(1, Machine("AGG-1", "hvo100", type: MachineTypes.Aggregat, emissionClass: EmissionClasses.StageII)));
        Assert.Equal(ComplianceStatus.Met, Only(generator, rule).Status);
        var loader = Contract(Month(1, Machine("HJL-1", "hvo100", type: MachineTypes.Hjullaster, emissionClass: EmissionClasses.StageIIIA)));
        Assert.Equal(ComplianceStatus.NotMet, Only(loader, rule).Status);
    }

    [Fact]
    public void Kriterieveiviseren_FossilFree_AMachineUsedOnlySporadicallyIsExcepted()
    {
        // «Dette kravet gjelder ikke maskiner og utstyr som kun skal brukes sporadisk på anlegget.»
        var rule = Rule(RequirementPresets.Kriterieveiviseren, "kriterieveiviseren-fossilfrie-maskiner");
        Assert.Contains("sporadisk", rule.ClauseText, StringComparison.Ordinal);

        var crane = Machine("KRAN-1", "diesel", type: MachineTypes.Mobilkran);
        Assert.Equal(ComplianceStatus.Met, Only(Contract(Month(1, crane with { Sporadic = true })), rule).Status);
        Assert.Equal(ComplianceStatus.NotMet, Only(Contract(Month(1, crane)), rule).Status);
    }

    [Fact]
    public void Kriterieveiviseren_StageIIIB_MissingEnginePowerCannotAssessNamingTheLineOutsideTheBandNotCovered()
    {
        var rule = Rule(RequirementPresets.Kriterieveiviseren, "kriterieveiviseren-minst-stage-iiib");

        var missing = Only(Contract(Month(1, Machine("PIN-8", "hvo100", emissionClass: EmissionClasses.StageIV, power: null))), rule);
        Assert.Equal(ComplianceStatus.CannotAssess, missing.Status);
        Assert.Contains("The engine power (kW) is missing for PIN-8", missing.Read(), StringComparison.Ordinal);
        // A 25 kW mini excavator: no Stage IIIB engine was built below 37 kW, so the rule does not cover it.
        var mini = Contract(Month(1, Machine("MINI-1", "hvo100", type: MachineTypes.Minigraver, emissionClass: EmissionClasses.StageIIIA, power: 25)));
        Assert.Equal(ComplianceStatus.Met, Only(mini, rule).Status);
        // An electric machine needs no engine power.
        Assert.Equal(ComplianceStatus.Met, Only(Contract(Month(1, Machine("EL-1", "el-batteri", power: null))), rule).Status);
    }

    [Fact]
    public void Kriterieveiviseren_EuroVIAsStageIIIB_TheBuyersAdditionThatCanBeSwitchedOff()
    {
        var euroVi = Contract(Month(1, Machine("DUMP-1", "hvo100", type: MachineTypes.Dumper, emissionClass: EmissionClasses.EuroVI)));
        var on = Rule(RequirementPresets.Kriterieveiviseren, "kriterieveiviseren-minst-stage-iiib");
        var off = Rule(RequirementPresets.Kriterieveiviseren, "kriterieveiviseren-minst-stage-iiib", (RequirementPresets.EuroVIAsStageIIIBSwitch, 0m));

        Assert.Contains("oppdragsgivers tillegg", on.ClauseText, StringComparison.Ordinal);
        Assert.Equal(ComplianceStatus.Met, Only(euroVi, on).Status);
        Assert.DoesNotContain("tillegg", off.ClauseText, StringComparison.Ordinal);
        Assert.Equal(ComplianceStatus.CannotAssess, Only(euroVi, off).Status);
        Assert.Contains(RequirementPresets.Find(RequirementPresets.Kriterieveiviseren)!.Clauses.SelectMany(c => c.Additions),
            a => a.Switch == RequirementPresets.EuroVIAsStageIIIBSwitch);
    }

    [Fact]
    public void Kriterieveiviseren_HighIlucFeedstock_PalmOilAlwaysPfadOnlyAsTheBuyersAddition()
    {
        // «… ikke være laget av råstoffer som har høy risiko for indirekte arealbruksendringer (ILUC) i tråd med … (EU) 2019/807.»
        var on = Rule(RequirementPresets.Kriterieveiviseren, "kriterieveiviseren-biodrivstoff-uten-hoy-iluc");
        var off = Rule(RequirementPresets.Kriterieveiviseren, "kriterieveiviseren-biodrivstoff-uten-hoy-iluc", (RequirementPresets.PfadSwitch, 0m));
        Assert.Contains("ILUC", on.ClauseText, StringComparison.Ordinal);

        Assert.Equal(ComplianceStatus.NotMet, Only(Contract(Month(1, Delivery("DN-1", feedstock: Feedstocks.Palmeolje))), off).Status);
        Assert.Equal(ComplianceStatus.NotMet, Only(Contract(Month(1, Delivery("DN-2", feedstock: Feedstocks.Pfad))), on).Status);
        Assert.Equal(ComplianceStatus.Met, Only(Contract(Month(1, Delivery("DN-2", feedstock: Feedstocks.Pfad))), off).Status);
        Assert.Equal(ComplianceStatus.Met, Only(Contract(Month(1, Delivery("DN-3", feedstock: Feedstocks.Tallolje))), on).Status);
    }

    [Fact]
    public void Oslo2025_SiteEnergy_EmissionFreeHeatingMeetsItDieselHeatingBreaksIt()
    {
        // "A contract requirement that all work on the construction site must be emission-free."
        var rule = Rule(RequirementPresets.Oslo2025EmissionFreeSite, "oslo-2025-energi-utslippsfri");
        Assert.Contains("utslippsfri", rule.ClauseText, StringComparison.Ordinal);

        Assert.Equal(ComplianceStatus.Met, Only(Contract(Month(1, Energy("MÅLER-1", "el-nett"))), rule).Status);
        var broken = Only(Contract(Month(1, Energy("MÅLER-1", "el-nett"), Energy("TANK-1", "hvo100"))), rule);
        Assert.Equal(ComplianceStatus.NotMet, broken.Status);
        Assert.Equal(["TANK-1"], broken.Offenders);
    }

    [Fact]
    public void Oslo2025_WaivedMachines_BiodieselMeetsItFossilBreaksIt()
    {
        // "Where emission-free solutions are not available or feasible, sustainable biodiesel may be used. Fossil fuels are no longer permitted."
        var rule = Rule(RequirementPresets.Oslo2025EmissionFreeSite, "oslo-2025-fravik-uten-fossilt");
        Assert.Contains("Fossilt drivstoff er ikke tillatt", rule.ClauseText, StringComparison.Ordinal);
        ContractFacts Waived(string carrier) => Contract(Month(1, Machine("PIN-7", carrier))) with { Waivers = [Site.Waiver("F-1", "PIN-7", "2025-01")] };

        Assert.Equal(ComplianceStatus.Met, Only(Waived("hvo100"), rule).Status);
        Assert.Equal(ComplianceStatus.NotMet, Only(Waived("diesel"), rule).Status);
    }

    [Fact]
    public void Oslo2019_ZeroEmissionShare_TheBidsFigureWithNoDefaultAndHybridsOnBiofuelCountWithIt()
    {
        var preset = RequirementPresets.Find(RequirementPresets.Oslo2019FossilFreeSite)!;
        Assert.Null(Assert.Single(preset.Parameters).Default);
        Assert.Throws<ArgumentException>(() => RequirementPresets.Build(preset.Key, new Dictionary<string, decimal>()));

        var rule = Rule(preset.Key, "oslo-2019-utslippsfri-andel", (RequirementPresets.ShareParameter, 0.6m));
        Assert.Contains("60\u00A0%", rule.ClauseText, StringComparison.Ordinal);
        Assert.Contains("ladbare hybrider på biodrivstoff", rule.ClauseText, StringComparison.Ordinal);
        // 40 h electric + 30 h chargeable hybrid on HVO of 100 h: 70 % meets 60 %; the hybrid on diesel does not count.
        var met = Contract(Month(1, Machine("EL-1", "el-batteri", hours: 40), Machine("HYB-1", "hybrid-hvo", hours: 30, hybridKwh: 100), Machine("PIN-1", "diesel", hours: 30)));
        var broken = Contract(Month(1, Machine("EL-1", "el-batteri", hours: 40), Machine("HYB-2", "hybrid-diesel", hours: 30, hybridKwh: 100), Machine("PIN-1", "hvo100", hours: 30)));
        Assert.Equal(0.7m, Only(met, rule).Measured);
        Assert.Equal(ComplianceStatus.Met, Only(met, rule).Status);
        Assert.Equal(ComplianceStatus.NotMet, Only(broken, rule).Status);
    }

    [Fact]
    public void Oslo2019_MassAndWasteTransport_FossilFreeVehiclesMeetItADieselRefuseTruckBreaksIt()
    {
        // «I tillegg skal alle kjøretøy som benyttes til transport av masser og avfall være fossilfrie.»
        var rule = Rule(RequirementPresets.Oslo2019FossilFreeSite, "oslo-2019-masse-og-avfallstransport");
        Assert.Contains("transport av masser og avfall", rule.ClauseText, StringComparison.Ordinal);

        Assert.Equal(ComplianceStatus.Met, Only(Contract(Month(1, Vehicle("MA11111", "hvo100"), Vehicle("VA2", "diesel", purpose: TransportPurposes.Varelevering))), rule).Status);
        var broken = Only(Contract(Month(1, Vehicle("AV22222", "diesel", purpose: TransportPurposes.Avfall))), rule);
        Assert.Equal(["AV22222"], broken.Offenders);
    }

    [Fact]
    public void Oslo2019_PalmOilBased_AvoidedDeliveryOfPfadBreaksIt()
    {
        var rule = Rule(RequirementPresets.Oslo2019FossilFreeSite, "oslo-2019-uten-palmeolje");
        Assert.Contains("Palmeoljebasert biodrivstoff", rule.ClauseText, StringComparison.Ordinal);

        Assert.Equal(ComplianceStatus.Met, Only(Contract(Month(1, Delivery("DN-1"))), rule).Status);
        Assert.Equal(ComplianceStatus.NotMet, Only(Contract(Month(1, Delivery("DN-9", feedstock: Feedstocks.Pfad))), rule).Status);
    }

    [Fact]
    public void Oslo2025Transport_BiogasBelowEuroVIBreaksItElectricNeverDoes()
    {
        // "zero-emission (battery-electric or hydrogen) or biogas vehicles meeting at least Euro 6/VI"
        var rule = Rule(RequirementPresets.Oslo2025Transport, "oslo-2025-transport-minst-euro-vi");
        Assert.Contains("euroklasse 6/VI", rule.ClauseText, StringComparison.Ordinal);

        Assert.Equal(ComplianceStatus.Met, Only(Contract(Month(1, Vehicle("EL11111", "el-batteri", emissionClass: EmissionClasses.EuroIV), Vehicle("BG1", "biogass"))), rule).Status);
        Assert.Equal(ComplianceStatus.NotMet, Only(Contract(Month(1, Vehicle("BG22222", "biogass", emissionClass: EmissionClasses.EuroV))), rule).Status);
    }

    [Fact]
    public void Newer_RuleFromVersionOne_ShowsWhatVersionTwoWouldMakeOfItKeepingTheSanction()
    {
        var sanction = new SanctionRule { Kind = SanctionKind.FixedPerPeriodNotMet, AmountNok = 25_000m };
        var stored = new RequirementRule
        {
            Key = "oslo-2025-maskiner-utslippsfrie",
            ClauseText = "Minst 100 % av maskintimene på bygge- og anleggsplassen skal være utslippsfrie.",
            Metric = MetricCatalogue.Find(MetricCatalogue.ZeroEmissionMachineHourShare)!.Definition,
            Comparison = Comparison.AtLeast,
            Threshold = 1,
            Sanction = sanction,
        };

        var newer = RequirementPresets.Newer(stored, RequirementPresets.Oslo2025EmissionFreeSite);

        Assert.NotNull(newer);
        Assert.StartsWith("Alle maskiner", newer.ClauseText, StringComparison.Ordinal);
        Assert.Same(sanction, newer.Sanction);
        Assert.Null(RequirementPresets.Newer(newer));
        Assert.Null(RequirementPresets.Newer(stored));
    }
}
