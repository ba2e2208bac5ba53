using System.Collections.Frozen;
using System.Globalization;
using Klimaspor.Domain.Reporting;

namespace Klimaspor.Domain.Requirements;

/// <summary>
/// A preset's parameter (e.g. the promised share, the CO2e cap), with its default. Its label is the app's text under
/// <see cref="LabelKey"/>: the same parameter name reads differently in different presets ("Promised share"). A
/// parameter without a default is the bid's or the contract's to give (Oslo 2019's zero-emission share); a switch is
/// 1 (on) or 0 (off) and turns one of Klimaspor's additions to a source on or off.
/// </summary>
public sealed record PresetParameter(string Preset, string Name, decimal? Default, MetricUnit Unit)
{
    public string LabelKey => $"Presets.{Preset}.Parameters.{Name}.Label";

    public bool Switch { get; init; }
}

/// <summary>
/// Where a preset's rule comes from: the public source (its address and the sentence quoted from it, in the source's
/// language), which machines or vehicles it covers in the source's own words, and what Klimaspor adds that the source
/// does not say. Shown to buyers where they pick a preset, and in the presets API.
/// </summary>
/// <param name="RuleKey">The rule of the preset this clause cites its source for.</param>
public sealed record PresetClause(string RuleKey, string SourceUrl, string Quote)
{
    /// <summary>The quote is a public summary: the clause's full text could not be retrieved, and the summary says what it does.</summary>
    public bool Summary { get; init; }

    /// <summary>The machine types or vehicles the rule covers, in the source's words, and how Klimaspor reads them into template codes.</summary>
    public string? Covers { get; init; }

    public IReadOnlyList<PresetAddition> Additions { get; init; } = [];
}

/// <summary>Something the preset adds to what its source says: the buyer's addition, off when <see cref="Switch"/> is 0.</summary>
public sealed record PresetAddition(string Text, string? Switch);

/// <summary>
/// A ready-made requirement (one or more rules) from the catalogue, with parameters. Its name is the app's text under
/// <see cref="NameKey"/>, in bokmål, nynorsk and English. <see cref="Source"/>, the clauses' quotes and the rules' clause
/// texts are not interface words but contract wording: in the language of the sources they quote or paraphrase, and
/// copied into a contract as they stand; they stay here, untranslated.
/// </summary>
/// <remarks>
/// <see cref="Version"/> grows when a preset's clauses change; a rule built from it records the version and the
/// parameters it was built with (<see cref="RequirementRule.FromPreset"/>), so a contract keeps the clause it was given
/// and the buyer can see what a newer version would change (<see cref="RequirementPresets.Newer"/>).
/// </remarks>
public sealed record RequirementPreset(string Key, string Source, IReadOnlyList<PresetParameter> Parameters)
{
    public string NameKey => $"Presets.{Key}.Name";

    public int Version { get; init; } = 1;

    public IReadOnlyList<PresetClause> Clauses { get; init; } = [];
}

/// <summary>The preset, version and parameter values a contract's rule was built from.</summary>
public sealed record PresetUse(string Preset, int Version, IReadOnlyDictionary<string, decimal> Parameters);

/// <summary>
/// The requirement catalogue to start from (domain README, "What contracts require"), re-read against its public
/// sources (issue 14 item 2). A preset only composes rules from <see cref="MetricCatalogue"/>; a contract gets its own
/// copy, adjusted and with the bid's values, and a buyer can write the same rules by hand.
/// </summary>
public static class RequirementPresets
{
    public const string Oslo2025EmissionFreeSite = "oslo-2025-utslippsfri-byggeplass";
    public const string Oslo2019FossilFreeSite = "oslo-2019-fossilfri-byggeplass";
    public const string Kriterieveiviseren = "kriterieveiviseren-bygg-og-anlegg";
    public const string TransportEuroVI = "transport-euro-vi";
    public const string Oslo2025Transport = "oslo-2025-transport";
    public const string IdleLimit = "tomgang";
    public const string ReportsOnTime = "rapporter-i-tide";
    public const string PromisedZeroEmissionShare = "tilbudt-utslippsfri-andel";
    public const string Co2eCap = "co2e-tak";
    public const string ZeroEmissionOrBiogasShare = "transport-utslippsfri-eller-biogass-andel";
    public const string TripsPerWeekCap = "transport-hoyst-turer-per-uke";

    /// <summary>Parameter of a number of trips a week.</summary>
    public const string TripsParameter = "turer";

    /// <summary>
    /// The method notes for the transport footprint (BuyZET): its scenarios change "share of trips by carrier and vehicle
    /// class, number of trips (consolidation, lower frequency)"; a contract strategy writes the result into requirements.
    /// </summary>
    public const string TransportFootprintSpecUrl = "shared/spec/transport-footprint.md#scenarios";

    /// <summary>Parameter of a share (a fraction: 0.9 = 90 %).</summary>
    public const string ShareParameter = "andel";

    /// <summary>Parameter of the idle limit (a fraction).</summary>
    public const string LimitParameter = "grense";

    /// <summary>Parameter of the CO2e cap, in tonnes.</summary>
    public const string TonnesParameter = "tonn";

    /// <summary>Switch of Klimaspor's addition that a Euro VI engine meets a Stage IIIB rule.</summary>
    public const string EuroVIAsStageIIIBSwitch = "euro-vi-som-stage-iiib";

    /// <summary>Switch of Klimaspor's addition that PFAD is excluded with palm oil.</summary>
    public const string PfadSwitch = "pfad-utelukket";

    /// <summary>
    /// DFØ's criteria guide, "Utslippsreduksjon fra anleggsmaskiner, kjøretøy og utstyr" (basis level, total contract),
    /// retrieved in full from this page; quoted in bokmål.
    /// </summary>
    public const string KriterieveiviserenUrl = "https://kriterieveiviseren.difi.no/nb/content/nb-utslippsreduksjon-fra-anleggsmaskiner-kjoretoy-og-utstyr";

    /// <summary>Oslo kommune's announcement of the 2025 requirements (English); the Norwegian clause text could not be retrieved.</summary>
    public const string Oslo2025Url = "https://www.klimaoslo.no/oslo-requires-emission-free-machines-on-municipal-construction-sites";

    /// <summary>Nelfo's account of the city government's 2019 decision (mass and waste transport fossil-free).</summary>
    public const string Oslo2019TransportUrl = "https://www.nelfo.no/artikler/q1-2019/oktober/utslippsfrie-byggeplasser-i-oslo/";

    /// <summary>Statens vegvesen's climate bonus, as the trade press reported the announcement.</summary>
    public const string ClimateBonusUrl = "https://www.bygg.no/vegvesenet-innforer-klimabonus-i-veiprosjekter/1433629!/";

    /// <summary>
    /// Where a source's full text could not be retrieved: the project's domain summary (shared/domain/README.md, "What
    /// contracts require"), quoted as such, with <see cref="PresetClause.Summary"/> set.
    /// </summary>
    public const string DomainSummaryUrl = "shared/domain/README.md#what-contracts-require-the-requirement-catalogue-to-start-from";

    /// <summary>
    /// The types Kriterieveiviseren's Stage rule covers. Its words are "Anleggsmaskiner som skal benyttes til oppdraget":
    /// construction machines. Generators (aggregat), compressors and pumps are equipment ("utstyr", which the fossil-free
    /// rule names beside the machines but the Stage rule does not), and lifts, forklifts, tower cranes and heaters are
    /// not construction machines.
    /// </summary>
    public static readonly IReadOnlyList<string> ConstructionMachineTypes =
    [
        MachineTypes.Gravemaskin, MachineTypes.Minigraver, MachineTypes.Hjullaster, MachineTypes.Dumper, MachineTypes.Doser,
        MachineTypes.Veihovel, MachineTypes.Valse, MachineTypes.Asfaltutlegger, MachineTypes.Borerigg, MachineTypes.Mobilkran,
        MachineTypes.Teleskoptruck,
    ];

    /// <summary>
    /// The power band Stage IIIB was set for (Directive 2004/26/EC: engines of 37–560 kW). Below and above it no IIIB
    /// engine was ever built, so the rule covers the band; a combustion machine without its power cannot be placed in it.
    /// </summary>
    public const decimal StageIIIBMinKw = 37m;

    public const decimal StageIIIBMaxKw = 560m;

    // Clause texts are contract wording in bokmål whatever the reader's language, so their numbers are written the bokmål way.
    private static readonly CultureInfo Bokmal = CultureInfo.GetCultureInfo("nb-NO");

    private sealed record Definition(RequirementPreset Preset, Func<Func<string, decimal>, IReadOnlyList<RequirementRule>> Rules);

    private static readonly Definition[] Definitions =
    [
        // Version 2: each machine and energy source rather than a share of hours, the site's energy, and the quotes.
        new(new RequirementPreset(Oslo2025EmissionFreeSite,
            "Oslo kommune, klimakrav til kommunale bygge- og anleggsplasser fra 1.1.2025: alt arbeid på plassen utslippsfritt; der " +
            "utslippsfritt ikke er tilgjengelig eller gjennomførbart (godkjent fravik), bærekraftig biodiesel og ikke fossilt " +
            "drivstoff; massetransport minst biogass, elektrisk foran biogass.",
            [])
        {
            Version = 2,
            Clauses =
            [
                new("oslo-2025-maskiner-utslippsfrie", Oslo2025Url, "A contract requirement that all work on the construction site must be emission-free.")
                {
                    Covers = "\"all work on the construction site\": every machine on the site, generators included",
                },
                new("oslo-2025-energi-utslippsfri", Oslo2025Url, "A contract requirement that all work on the construction site must be emission-free.")
                {
                    Covers = "\"all work on the construction site\": the site's energy for heating and drying",
                },
                new("oslo-2025-fravik-uten-fossilt", Oslo2025Url,
                    "Where emission-free solutions are not available or feasible, sustainable biodiesel may be used. Fossil fuels are no longer permitted."),
                new("oslo-2025-massetransport", Oslo2025Url, "For mass transport, biogas is the minimum requirement, but emission-free solutions are rewarded.")
                {
                    Covers = "\"mass transport\": vehicles reported with transport purpose massetransport",
                },
            ],
        },
            _ =>
            [
                new RequirementRule
                {
                    Key = "oslo-2025-maskiner-utslippsfrie",
                    ClauseText = "Alle maskiner på bygge- og anleggsplassen skal være utslippsfrie. Maskiner med godkjent fravik for perioden holdes utenfor.",
                    Kind = RequirementKind.MinimumRequirement,
                    Metric = Metric(MetricCatalogue.MachinesNotZeroEmission),
                    Scope = new RequirementScope { Waivers = WaiverFilter.ExceptWaived },
                    Comparison = Comparison.AtMost,
                    Threshold = 0,
                    Window = RequirementWindow.EachPeriod,
                },
                new RequirementRule
                {
                    Key = "oslo-2025-energi-utslippsfri",
                    ClauseText = "Energi til oppvarming og uttørking på bygge- og anleggsplassen skal være utslippsfri.",
                    Kind = RequirementKind.MinimumRequirement,
                    Metric = Metric(MetricCatalogue.SiteEnergyNotZeroEmission),
                    Comparison = Comparison.AtMost,
                    Threshold = 0,
                    Window = RequirementWindow.EachPeriod,
                },
                new RequirementRule
                {
                    Key = "oslo-2025-fravik-uten-fossilt",
                    ClauseText = "Maskiner med godkjent fravik skal bruke bærekraftig biodrivstoff eller biogass. Fossilt drivstoff er ikke tillatt.",
                    Kind = RequirementKind.MinimumRequirement,
                    Metric = Metric(MetricCatalogue.FossilMachines),
                    Scope = new RequirementScope { Waivers = WaiverFilter.OnlyWaived },
                    Comparison = Comparison.AtMost,
                    Threshold = 0,
                    Window = RequirementWindow.EachPeriod,
                },
                new RequirementRule
                {
                    Key = "oslo-2025-massetransport",
                    ClauseText = "Massetransport til og fra bygge- og anleggsplassen skal skje med utslippsfrie kjøretøy eller kjøretøy på biogass. " +
                        "Elektriske kjøretøy prioriteres foran biogass.",
                    Kind = RequirementKind.MinimumRequirement,
                    Metric = Metric(MetricCatalogue.VehiclesNotZeroEmissionOrBiogas),
                    Scope = new RequirementScope { Purposes = [TransportPurposes.Massetransport] },
                    Comparison = Comparison.AtMost,
                    Threshold = 0,
                    Window = RequirementWindow.EachPeriod,
                },
            ]),
        // Version 2: the zero-emission share is the bid's (no default), hybrids on biofuel count with it, fossil fuel only
        // under a waiver, palm-oil-based biofuel and fossil mass and waste transport counted per item.
        new(new RequirementPreset(Oslo2019FossilFreeSite,
            "Oslo kommune, standard klima- og miljøkrav til bygge- og anleggsplasser (2019): drivstoff i prioritert rekkefølge, forutsatt " +
            "at det er tilgjengelig i markedet: utslippsfritt, ladbar hybrid med biodrivstoff, bærekraftig biodrivstoff (palmeoljebasert " +
            "unngås), annet bare når ingenting annet finnes; transport av masser og avfall fossilfri; utslippsfrikravet reduseres " +
            "forholdsmessig når nettselskapet ikke kan levere nok effekt til plassen.",
            [new PresetParameter(Oslo2019FossilFreeSite, ShareParameter, null, MetricUnit.Share)])
        {
            Version = 2,
            Clauses =
            [
                new("oslo-2019-fossilfri", DomainSummaryUrl, "4) other fuel only if nothing else is available")
                {
                    Summary = true,
                    Covers = "machines and construction heating on the site",
                },
                new("oslo-2019-utslippsfri-andel", DomainSummaryUrl,
                    "fuel in priority order 1) zero-emission, 2) chargeable hybrid with biofuel, 3) sustainable biofuel […]; the zero-emission " +
                    "requirement is reduced pro rata if the grid owner cannot deliver enough power to the site.")
                {
                    Summary = true,
                    Covers = "machine hours; chargeable hybrids on biofuel counted with the zero-emission ones",
                },
                new("oslo-2019-uten-palmeolje", DomainSummaryUrl, "3) sustainable biofuel, palm-oil based biofuel to be avoided") { Summary = true },
                new("oslo-2019-masse-og-avfallstransport", Oslo2019TransportUrl,
                    "I tillegg skal alle kjøretøy som benyttes til transport av masser og avfall være fossilfrie.")
                {
                    Covers = "«kjøretøy som benyttes til transport av masser og avfall»: transport purposes massetransport and avfall",
                },
            ],
        },
            value =>
            [
                new RequirementRule
                {
                    Key = "oslo-2019-fossilfri",
                    ClauseText = "Bygge- og anleggsplassen skal være fossilfri: maskiner og byggvarme skal ikke bruke fossil energi. " +
                        "Fossilt drivstoff kan bare brukes med godkjent fravik.",
                    Kind = RequirementKind.MinimumRequirement,
                    Metric = Metric(MetricCatalogue.FossilMachinesAndEnergy),
                    Scope = new RequirementScope { Waivers = WaiverFilter.ExceptWaived },
                    Comparison = Comparison.AtMost,
                    Threshold = 0,
                    Window = RequirementWindow.EachPeriod,
                },
                new RequirementRule
                {
                    Key = "oslo-2019-utslippsfri-andel",
                    ClauseText = $"Minst {Percent(value(ShareParameter))} av maskintimene skal være utslippsfrie eller fra ladbare hybrider på " +
                        "biodrivstoff (tilbudt andel). Kravet reduseres forholdsmessig når nettselskapet dokumenterer at plassen ikke kan få den " +
                        "effekten den trenger (tilgjengelig ÷ nødvendig effekt).",
                    Kind = RequirementKind.MinimumRequirement,
                    Metric = Metric(MetricCatalogue.ZeroEmissionOrHybridMachineHourShare),
                    Comparison = Comparison.AtLeast,
                    Threshold = value(ShareParameter),
                    Window = RequirementWindow.EachPeriod,
                    GridRelief = true,
                },
                new RequirementRule
                {
                    Key = "oslo-2019-uten-palmeolje",
                    ClauseText = "Palmeoljebasert biodrivstoff (palmeolje og PFAD) skal unngås. Råstoffet skal dokumenteres for hver leveranse.",
                    Kind = RequirementKind.MinimumRequirement,
                    Metric = Metric(MetricCatalogue.DeliveriesWithExcludedFeedstock),
                    Comparison = Comparison.AtMost,
                    Threshold = 0,
                    Window = RequirementWindow.EachPeriod,
                },
                new RequirementRule
                {
                    Key = "oslo-2019-masse-og-avfallstransport",
                    ClauseText = "Alle kjøretøy som benyttes til transport av masser og avfall, skal være fossilfrie.",
                    Kind = RequirementKind.MinimumRequirement,
                    Metric = Metric(MetricCatalogue.FossilVehicles),
                    Scope = new RequirementScope { Purposes = [TransportPurposes.Massetransport, TransportPurposes.Avfall] },
                    Comparison = Comparison.AtMost,
                    Threshold = 0,
                    Window = RequirementWindow.EachPeriod,
                },
            ]),
        // Version 2: the clause as the guide words it: fossil-free machines and equipment, Stage IIIB for construction
        // machines only, heating and drying fossil-free, feedstock not of high ILUC risk; Klimaspor's two additions switchable.
        new(new RequirementPreset(Kriterieveiviseren,
            "DFØ, Kriterieveiviseren, «Utslippsreduksjon fra anleggsmaskiner, kjøretøy og utstyr»: maskiner og utstyr fossilfrie (ikke " +
            "for sporadisk bruk); anleggsmaskiner minst EU Steg IIIb; oppvarming og tørk fossilfritt; biodrivstoff avansert eller ikke " +
            "fra råstoff med høy ILUC-risiko (EU 2019/807).",
            [
                new PresetParameter(Kriterieveiviseren, EuroVIAsStageIIIBSwitch, 1m, MetricUnit.Count) { Switch = true },
                new PresetParameter(Kriterieveiviseren, PfadSwitch, 1m, MetricUnit.Count) { Switch = true },
            ])
        {
            Version = 2,
            Clauses =
            [
                new("kriterieveiviseren-fossilfrie-maskiner", KriterieveiviserenUrl,
                    "Maskiner og utstyr på anleggsplassen skal være fossilfrie. Dette kravet gjelder ikke maskiner og utstyr som kun skal brukes sporadisk på anlegget.")
                {
                    Covers = "«Maskiner og utstyr på anleggsplassen»: every machine line, generators, compressors and pumps included; " +
                        "lines marked as used only sporadically are left out, as the clause says",
                },
                new("kriterieveiviseren-minst-stage-iiib", KriterieveiviserenUrl,
                    "Anleggsmaskiner som skal benyttes til oppdraget skal minimum tilfredsstille EU Steg IIIb-standardens krav til utslipp.")
                {
                    Covers = "«Anleggsmaskiner»: " + string.Join(", ", ConstructionMachineTypes) + "; not generators, compressors, pumps, lifts, " +
                        "forklifts, tower cranes or heaters. Zero-emission machines always meet it.",
                    Additions =
                    [
                        new PresetAddition("A Euro VI engine is taken to meet Stage IIIB; the guide compares no Euro class with a Stage.", EuroVIAsStageIIIBSwitch),
                        new PresetAddition("Engines of 37–560 kW, the band Stage IIIB was set for (Directive 2004/26/EC); a combustion machine without its " +
                            "engine power cannot be assessed. The buyer may widen or remove the band in the rule's scope.", null),
                    ],
                },
                new("kriterieveiviseren-fossilfri-byggvarme", KriterieveiviserenUrl,
                    "Oppvarming og tørk, inkludert tining/frostsikring av grunn, herding av betong i bruer og tunneler, osv. skal gjøres fossilfritt.")
                {
                    Covers = "machine type byggvarme and site energy with purpose byggvarme",
                },
                new("kriterieveiviseren-biodrivstoff-uten-hoy-iluc", KriterieveiviserenUrl,
                    "Biodrivstoff skal være avansert iht. produktforskriften kapittel 3 vedlegg V, eller ikke være laget av råstoffer som har høy " +
                    "risiko for indirekte arealbruksendringer (ILUC) i tråd med kravene i EU-forordningen (EU) 2019/807.")
                {
                    Additions = [new PresetAddition("PFAD (palm fatty acid distillate) is excluded with palm oil; (EU) 2019/807 names palm oil only.", PfadSwitch)],
                },
            ],
        },
            value =>
            [
                new RequirementRule
                {
                    Key = "kriterieveiviseren-fossilfrie-maskiner",
                    ClauseText = "Maskiner og utstyr på anleggsplassen skal være fossilfrie. Kravet gjelder ikke maskiner og utstyr som kun brukes sporadisk på anlegget.",
                    Kind = RequirementKind.MinimumRequirement,
                    Metric = Metric(MetricCatalogue.FossilMachines),
                    Scope = new RequirementScope { ExceptSporadic = true },
                    Comparison = Comparison.AtMost,
                    Threshold = 0,
                    Window = RequirementWindow.EachPeriod,
                },
                new RequirementRule
                {
                    Key = "kriterieveiviseren-minst-stage-iiib",
                    ClauseText = "Anleggsmaskiner som benyttes til oppdraget, skal minst tilfredsstille EU Steg IIIb-standardens krav til utslipp." +
                        (value(EuroVIAsStageIIIBSwitch) == 1 ? " En motor som tilfredsstiller Euro VI, godtas som Steg IIIb (oppdragsgivers tillegg)." : ""),
                    Kind = RequirementKind.MinimumRequirement,
                    Metric = value(EuroVIAsStageIIIBSwitch) == 1
                        ? Metric(MetricCatalogue.MachinesBelowStageIIIB) with
                        {
                            Condition = new LineCondition { EmissionClassBelow = EmissionClasses.StageIIIB, EmissionClassesAccepted = [EmissionClasses.EuroVI] },
                        }
                        : Metric(MetricCatalogue.MachinesBelowStageIIIB),
                    Scope = new RequirementScope { Types = ConstructionMachineTypes, MinPowerKw = StageIIIBMinKw, MaxPowerKw = StageIIIBMaxKw },
                    Comparison = Comparison.AtMost,
                    Threshold = 0,
                    Window = RequirementWindow.EachPeriod,
                },
                new RequirementRule
                {
                    Key = "kriterieveiviseren-fossilfri-byggvarme",
                    ClauseText = "Oppvarming og tørk, inkludert tining/frostsikring av grunn og herding av betong, skal gjøres fossilfritt.",
                    Kind = RequirementKind.MinimumRequirement,
                    // Each heater and energy source: a month without heating has nothing in scope and meets it.
                    Metric = Metric(MetricCatalogue.FossilMachinesAndEnergy),
                    Scope = new RequirementScope { Types = [MachineTypes.Byggvarme], Purposes = [EnergyPurposes.Byggvarme] },
                    Comparison = Comparison.AtMost,
                    Threshold = 0,
                    Window = RequirementWindow.EachPeriod,
                },
                new RequirementRule
                {
                    Key = "kriterieveiviseren-biodrivstoff-uten-hoy-iluc",
                    ClauseText = "Biodrivstoff skal ikke være laget av råstoff med høy risiko for indirekte arealbruksendringer (ILUC), jf. (EU) 2019/807: " +
                        (value(PfadSwitch) == 1 ? "palmeolje, og PFAD (oppdragsgivers tillegg)" : "palmeolje") + ". Råstoffet skal dokumenteres for hver leveranse.",
                    Kind = RequirementKind.MinimumRequirement,
                    Metric = value(PfadSwitch) == 1
                        ? Metric(MetricCatalogue.DeliveriesWithExcludedFeedstock)
                        : Metric(MetricCatalogue.DeliveriesWithExcludedFeedstock) with { Condition = new LineCondition { Feedstocks = [Feedstocks.Palmeolje] } },
                    Comparison = Comparison.AtMost,
                    Threshold = 0,
                    Window = RequirementWindow.EachPeriod,
                },
            ]),
        new(new RequirementPreset(TransportEuroVI,
            "DFØ, Kriterieveiviseren, tjenestekontrakter med transport: kjøretøy minst Euro VI; årlig rapport med reg.nr., " +
            "Euroklasse, drivstoff og km.",
            [])
        {
            Version = 2,
            Clauses =
            [
                new("transport-minst-euro-vi", DomainSummaryUrl, "Service contracts: vehicles at least Euro VI")
                {
                    Summary = true,
                    Covers = "every vehicle in the assignment; zero-emission vehicles always meet it",
                },
            ],
        },
            _ =>
            [
                new RequirementRule
                {
                    Key = "transport-minst-euro-vi",
                    ClauseText = "Alle kjøretøy som brukes i oppdraget, skal minst tilfredsstille Euro VI eller være utslippsfrie.",
                    Kind = RequirementKind.MinimumRequirement,
                    Metric = Metric(MetricCatalogue.VehiclesBelowEuroVI),
                    Comparison = Comparison.AtMost,
                    Threshold = 0,
                    Window = RequirementWindow.EachPeriod,
                },
            ]),
        // Version 2: every vehicle zero-emission or on biogas, and at least Euro VI, rather than a share of km.
        new(new RequirementPreset(Oslo2025Transport,
            "Oslo kommune, krav til transport fra 1.1.2025: leveranser der transport inngår (fra 500 000 kroner) skal skje med " +
            "utslippsfrie kjøretøy (batterielektrisk eller hydrogen) eller kjøretøy på biogass, minimum euroklasse 6/VI.",
            [])
        {
            Version = 2,
            Clauses =
            [
                new("oslo-2025-transport-utslippsfri-eller-biogass", DomainSummaryUrl,
                    "every delivery where transport is part of the service (from NOK 500 000) by zero-emission (battery-electric or hydrogen) or biogas vehicles meeting at least Euro 6/VI")
                {
                    Summary = true,
                    Covers = "every vehicle in the assignment",
                },
                new("oslo-2025-transport-minst-euro-vi", DomainSummaryUrl, "zero-emission (battery-electric or hydrogen) or biogas vehicles meeting at least Euro 6/VI")
                {
                    Summary = true,
                    Covers = "every vehicle in the assignment; zero-emission vehicles always meet it",
                },
            ],
        },
            _ =>
            [
                new RequirementRule
                {
                    Key = "oslo-2025-transport-utslippsfri-eller-biogass",
                    ClauseText = "Alle kjøretøy i oppdraget skal være utslippsfrie (batterielektriske eller hydrogen) eller gå på biogass.",
                    Kind = RequirementKind.MinimumRequirement,
                    Metric = Metric(MetricCatalogue.VehiclesNotZeroEmissionOrBiogas),
                    Scope = new RequirementScope { Waivers = WaiverFilter.ExceptWaived },
                    Comparison = Comparison.AtMost,
                    Threshold = 0,
                    Window = RequirementWindow.EachPeriod,
                },
                new RequirementRule
                {
                    Key = "oslo-2025-transport-minst-euro-vi",
                    ClauseText = "Kjøretøyene skal minimum tilfredsstille euroklasse 6/VI; utslippsfrie kjøretøy oppfyller kravet.",
                    Kind = RequirementKind.MinimumRequirement,
                    Metric = Metric(MetricCatalogue.VehiclesBelowEuroVI),
                    Comparison = Comparison.AtMost,
                    Threshold = 0,
                    Window = RequirementWindow.EachPeriod,
                },
            ]),
        // Issue 17 item 4: what a transport scenario's zero-emission-or-biogas share becomes in a contract strategy.
        new(new RequirementPreset(ZeroEmissionOrBiogasShare,
            "Oslo kommune, krav til transport fra 1.1.2025 (utslippsfrie kjøretøy eller biogass) som en andel av kjørte km: en " +
            "kontraktsstrategi fra et scenario for transportavtrykket (BuyZET) setter andelen scenarioet viser.",
            [new PresetParameter(ZeroEmissionOrBiogasShare, ShareParameter, null, MetricUnit.Share)])
        {
            Clauses =
            [
                new("transport-utslippsfri-eller-biogass-andel", DomainSummaryUrl,
                    "every delivery where transport is part of the service (from NOK 500 000) by zero-emission (battery-electric or hydrogen) or biogas vehicles")
                {
                    Summary = true,
                    Covers = "every vehicle in the assignment, by km driven",
                    Additions = [new PresetAddition("Oslo asks this of every vehicle; as a share of km it is a step towards it, set from the buyer's scenario.", null)],
                },
            ],
        },
            value =>
            [
                new RequirementRule
                {
                    Key = "transport-utslippsfri-eller-biogass-andel",
                    ClauseText = $"Minst {Percent(value(ShareParameter))} av kjørte km i oppdraget skal kjøres med utslippsfrie kjøretøy " +
                        "(batterielektriske eller hydrogen) eller kjøretøy på biogass, målt for hver rapporteringsperiode.",
                    Kind = RequirementKind.MinimumRequirement,
                    Metric = Metric(MetricCatalogue.ZeroEmissionOrBiogasKmShare),
                    Comparison = Comparison.AtLeast,
                    Threshold = value(ShareParameter),
                    Window = RequirementWindow.EachPeriod,
                },
            ]),
        new(new RequirementPreset(TripsPerWeekCap,
            "Samordnet levering (BuyZET): høyst et antall turer per uke, målt fra turene leverandøren rapporterer for hver periode; " +
            "færre turer ved samlastning og sjeldnere leveranser.",
            [new PresetParameter(TripsPerWeekCap, TripsParameter, null, MetricUnit.PerWeek)])
        {
            Clauses =
            [
                new("transport-hoyst-turer-per-uke", TransportFootprintSpecUrl,
                    "A scenario changes the activity data — share of trips by carrier and vehicle class, number of trips (consolidation, lower frequency)")
                {
                    Summary = true,
                    Covers = "every vehicle in the assignment that reports its trips",
                    Additions = [new PresetAddition("The number is the contract's (a strategy takes it from its scenario); a period's trips are counted over its days ÷ 7.", null)],
                },
            ],
        },
            value =>
            [
                new RequirementRule
                {
                    Key = "transport-hoyst-turer-per-uke",
                    ClauseText = $"Leveransene skal samordnes slik at oppdraget krever høyst {value(TripsParameter).ToString("#,0.#", Bokmal)} turer per uke, " +
                        "målt fra turene som rapporteres for hver rapporteringsperiode.",
                    Kind = RequirementKind.MinimumRequirement,
                    Metric = Metric(MetricCatalogue.TripsPerWeek),
                    Comparison = Comparison.AtMost,
                    Threshold = value(TripsParameter),
                    Window = RequirementWindow.EachPeriod,
                },
            ]),
        new(new RequirementPreset(IdleLimit,
            "DFØ, Kriterieveiviseren: tomgangskjøring på anleggsplass skal minimeres. Grensen settes i kontrakten; standardverdien 25 % ligger " +
            "under det gravemaskiner typisk går på tomgang i dag (30–50 % av driftstiden, MEF).",
            [new PresetParameter(IdleLimit, LimitParameter, 0.25m, MetricUnit.Share)])
        {
            Clauses =
            [
                new("tomgang-hoyst", KriterieveiviserenUrl, "Tomgangskjøring på anleggsplass skal minimeres.")
                {
                    Additions = [new PresetAddition("The guide sets no figure: the limit is the contract's (25 % unless the buyer gives another).", null)],
                },
            ],
        },
            value =>
            [
                new RequirementRule
                {
                    Key = "tomgang-hoyst",
                    ClauseText = $"Tomgang skal begrenses: høyst {Percent(value(LimitParameter))} av maskinenes driftstimer kan være tomgang.",
                    Kind = RequirementKind.MinimumRequirement,
                    Metric = Metric(MetricCatalogue.IdleShare),
                    Comparison = Comparison.AtMost,
                    Threshold = value(LimitParameter),
                    Window = RequirementWindow.EachPeriod,
                },
            ]),
        new(new RequirementPreset(ReportsOnTime,
            "Kontraktsvilkår om rapportering: rapport for hver periode innen fristen (Bymiljøetaten i Oslo har krevd månedlige " +
            "rapporter siden 2018).",
            [])
        {
            Clauses = [new("rapporter-i-tide", DomainSummaryUrl, "Oslo's Bymiljøetaten has asked for monthly reports since 2018") { Summary = true }],
        },
            _ =>
            [
                new RequirementRule
                {
                    Key = "rapporter-i-tide",
                    ClauseText = "Leverandøren skal levere rapport for hver rapporteringsperiode innen fristen.",
                    Kind = RequirementKind.ContractCondition,
                    Metric = Metric(MetricCatalogue.LatePeriods),
                    Comparison = Comparison.AtMost,
                    Threshold = 0,
                    Window = RequirementWindow.EachPeriod,
                },
            ]),
        new(new RequirementPreset(PromisedZeroEmissionShare,
            "Tildelingskriterium klima og miljø (anskaffelsesforskriften § 7-9, minst 30 % vekt fra 2024): leverandørens tilbudte " +
            "verdi blir en kontraktsforpliktelse og følges opp som et krav.",
            [Share(PromisedZeroEmissionShare, 0.9m)])
        {
            Clauses =
            [
                new("tilbudt-utslippsfri-andel", DomainSummaryUrl,
                    "A bidder's promise (\"we will run 90 % of machine hours zero-emission\") becomes a contractual commitment that must be followed up like a requirement.")
                {
                    Summary = true,
                },
            ],
        },
            value =>
            [
                new RequirementRule
                {
                    Key = "tilbudt-utslippsfri-andel",
                    ClauseText = $"Leverandøren har tilbudt at minst {Percent(value(ShareParameter))} av maskintimene skal være utslippsfrie. " +
                        "Andelen gjelder samlet fra kontraktens start.",
                    Kind = RequirementKind.Promise,
                    Metric = Metric(MetricCatalogue.ZeroEmissionMachineHourShare),
                    Comparison = Comparison.AtLeast,
                    Threshold = value(ShareParameter),
                    Window = RequirementWindow.Cumulative,
                },
            ]),
        new(new RequirementPreset(Co2eCap,
            "Kontraktens klimabudsjett: samlede territorielle utslipp (som i kommunenes klimaregnskap) for hele kontrakten; Statens " +
            "vegvesen gir bonus når klimaregnskapet er bedre enn budsjettet og trekk når det er dårligere.",
            [new PresetParameter(Co2eCap, TonnesParameter, 500m, MetricUnit.TonnesCo2e)])
        {
            Clauses =
            [
                new("co2e-tak", ClimateBonusUrl,
                    "For en kontrakt på 100 millioner kroner, og et klimagassresultat som er 20 prosent bedre enn klimabudsjettet til byggherren, " +
                    "vil entreprenøren får utbetalt en bonus på to millioner")
                {
                    Additions = [new PresetAddition("The budget is read as a cap on territorial CO2e (500 t unless the buyer gives another); bonus and deduction are the contract's sanction.", null)],
                },
            ],
        },
            value =>
            [
                new RequirementRule
                {
                    Key = "co2e-tak",
                    ClauseText = $"Samlede utslipp fra maskiner, kjøretøy og energi i kontrakten skal ikke overstige {value(TonnesParameter).ToString("#,0.###", Bokmal)} tonn CO2e.",
                    Kind = RequirementKind.MinimumRequirement,
                    Metric = Metric(MetricCatalogue.Co2eTerritorial),
                    Comparison = Comparison.AtMost,
                    Threshold = value(TonnesParameter) * 1000,
                    Window = RequirementWindow.WholeContract,
                },
            ]),
    ];

    private static readonly FrozenDictionary<string, Definition> ByKey = Definitions.ToFrozenDictionary(d => d.Preset.Key, StringComparer.Ordinal);

    public static IReadOnlyList<RequirementPreset> All { get; } = [.. Definitions.Select(d => d.Preset)];

    public static RequirementPreset? Find(string presetKey) => ByKey.GetValueOrDefault(presetKey)?.Preset;

    /// <summary>The parameters a preset needs that were not given and have no default (the bid's share of Oslo 2019).</summary>
    public static IReadOnlyList<PresetParameter> Missing(RequirementPreset preset, IReadOnlyDictionary<string, decimal> parameters)
    {
        ArgumentNullException.ThrowIfNull(preset);
        ArgumentNullException.ThrowIfNull(parameters);
        return [.. preset.Parameters.Where(p => p.Default is null && !parameters.ContainsKey(p.Name))];
    }

    /// <summary>
    /// The rules of a preset with the given parameter values (missing ones take their default, unknown names are
    /// ignored), each recording the preset version and parameters it was built with. The values are not checked here:
    /// validate the rules with <see cref="RequirementRules.Validate"/>.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No preset has the key; look it up with <see cref="Find"/> first.</exception>
    /// <exception cref="ArgumentException">A parameter without a default was not given; ask <see cref="Missing"/> first.</exception>
    public static IReadOnlyList<RequirementRule> Build(string presetKey, IReadOnlyDictionary<string, decimal> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (!ByKey.TryGetValue(presetKey, out var definition))
        {
            throw new KeyNotFoundException($"No requirement preset '{presetKey}'.");
        }

        var preset = definition.Preset;
        var used = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var parameter in preset.Parameters)
        {
            used[parameter.Name] = parameters.TryGetValue(parameter.Name, out var given) ? given
                : parameter.Default ?? throw new ArgumentException($"Preset '{presetKey}' needs '{parameter.Name}'.", nameof(parameters));
        }

        var use = new PresetUse(preset.Key, preset.Version, used);
        return [.. definition.Rules(name => used[name]).Select(r => r with { FromPreset = use })];
    }

    /// <summary>
    /// What the preset's current version would make of a contract's rule that an older version built: the rule with the
    /// same key, built with the parameters the contract's rule recorded, keeping the contract's sanction. Null when the
    /// rule is of the current version, came from no preset, or the current version has no rule with its key. Adopting
    /// it is the buyer's choice; until then the contract keeps its clause.
    /// </summary>
    /// <param name="presetKey">The preset the contract says the rule came from, for a rule stored before rules recorded it (version 1).</param>
    public static RequirementRule? Newer(RequirementRule rule, string? presetKey = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var use = rule.FromPreset ?? (presetKey is null ? null : new PresetUse(presetKey, 1, new Dictionary<string, decimal>()));
        if (use is null || Find(use.Preset) is not { } preset || use.Version >= preset.Version
            || Missing(preset, use.Parameters).Count > 0)
        {
            return null;
        }

        return Build(preset.Key, use.Parameters).FirstOrDefault(r => r.Key == rule.Key) is { } newer
            ? newer with { Sanction = rule.Sanction }
            : null;
    }

    private static PresetParameter Share(string preset, decimal value) => new(preset, ShareParameter, value, MetricUnit.Share);

    private static MetricDefinition Metric(string code) =>
        MetricCatalogue.Find(code)?.Definition ?? throw new InvalidOperationException($"The metric catalogue has no '{code}'.");

    private static string Percent(decimal share) => (share * 100).ToString("0.##", Bokmal) + "\u00A0%";
}
