using System.Collections.Frozen;
using System.Globalization;
using Klimaspor.Domain.Reporting;

namespace Klimaspor.Domain.Requirements;

/// <summary>
/// A preset's parameter (e.g. the promised share, the CO2e cap), with its default. Its label is the app's text under
/// <see cref="LabelKey"/>: the same parameter name reads differently in different presets ("Promised share").
/// </summary>
public sealed record PresetParameter(string Preset, string Name, decimal Default, MetricUnit Unit)
{
    public string LabelKey => $"Presets.{Preset}.Parameters.{Name}.Label";
}

/// <summary>
/// A ready-made requirement (one or more rules) from the catalogue, with parameters. Its name is the app's text under
/// <see cref="NameKey"/>, in bokmål, nynorsk and English. <see cref="Source"/> and the rules' clause texts are not
/// interface words but contract wording: bokmål, as the sources they quote or paraphrase are written, and copied into a
/// contract as they stand; they stay here, untranslated.
/// </summary>
public sealed record RequirementPreset(string Key, string Source, IReadOnlyList<PresetParameter> Parameters)
{
    public string NameKey => $"Presets.{Key}.Name";
}

/// <summary>
/// The requirement catalogue to start from (domain README, "What contracts require"). A preset only composes rules from
/// <see cref="MetricCatalogue"/>; a contract gets its own copy, adjusted and with the bid's values, and a buyer can
/// write the same rules by hand.
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

    /// <summary>Parameter of a share (a fraction: 0.9 = 90 %).</summary>
    public const string ShareParameter = "andel";

    /// <summary>Parameter of the idle limit (a fraction).</summary>
    public const string LimitParameter = "grense";

    /// <summary>Parameter of the CO2e cap, in tonnes.</summary>
    public const string TonnesParameter = "tonn";

    // Clause texts are contract wording in bokmål whatever the reader's language, so their numbers are written the bokmål way.
    private static readonly CultureInfo Bokmal = CultureInfo.GetCultureInfo("nb-NO");

    private sealed record Definition(RequirementPreset Preset, Func<Func<string, decimal>, IReadOnlyList<RequirementRule>> Rules);

    private static readonly Definition[] Definitions =
    [
        new(new RequirementPreset(Oslo2025EmissionFreeSite,
            "Oslo kommune, klimakrav til kommunale bygge- og anleggsplasser fra 1.1.2025: alle maskiner utslippsfrie; der det er " +
            "innvilget fravik, bærekraftig biodrivstoff og ikke fossilt drivstoff; massetransport minst biogass, elektrisk foran biogass.",
            [Share(Oslo2025EmissionFreeSite, 1m)]),
            value =>
            [
                new RequirementRule
                {
                    Key = "oslo-2025-maskiner-utslippsfrie",
                    ClauseText = $"Minst {Percent(value(ShareParameter))} av maskintimene på bygge- og anleggsplassen skal være utslippsfrie. " +
                        "Maskiner med godkjent fravik for perioden holdes utenfor.",
                    Kind = RequirementKind.MinimumRequirement,
                    Metric = Metric(MetricCatalogue.ZeroEmissionMachineHourShare),
                    Scope = new RequirementScope { Waivers = WaiverFilter.ExceptWaived },
                    Comparison = Comparison.AtLeast,
                    Threshold = value(ShareParameter),
                    Window = RequirementWindow.EachPeriod,
                },
                new RequirementRule
                {
                    Key = "oslo-2025-fravik-uten-fossilt",
                    ClauseText = "Maskiner med godkjent fravik skal bruke bærekraftig biodrivstoff eller biogass. Fossilt drivstoff er ikke tillatt.",
                    Kind = RequirementKind.MinimumRequirement,
                    Metric = Metric(MetricCatalogue.FossilEnergyShare),
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
                    Metric = Metric(MetricCatalogue.ZeroEmissionOrBiogasKmShare),
                    Scope = new RequirementScope { Purposes = [TransportPurposes.Massetransport] },
                    Comparison = Comparison.AtLeast,
                    Threshold = 1,
                    Window = RequirementWindow.EachPeriod,
                },
            ]),
        new(new RequirementPreset(Oslo2019FossilFreeSite,
            "Oslo kommune, klima- og miljøkrav til bygge- og anleggsplasser (2019): drivstoff i prioritert rekkefølge utslippsfritt, " +
            "ladbar hybrid med biodrivstoff, bærekraftig biodrivstoff (palmeoljebasert unngås), annet bare når ingenting annet finnes; " +
            "utslippsfrikravet reduseres forholdsmessig når nettselskapet ikke kan levere nok effekt til plassen.",
            [Share(Oslo2019FossilFreeSite, 1m)]),
            value =>
            [
                new RequirementRule
                {
                    Key = "oslo-2019-fossilfri",
                    ClauseText = "Bygge- og anleggsplassen skal være fossilfri: maskiner og byggvarme skal ikke bruke fossil energi.",
                    Kind = RequirementKind.MinimumRequirement,
                    Metric = Metric(MetricCatalogue.FossilEnergyShare),
                    Comparison = Comparison.AtMost,
                    Threshold = 0,
                    Window = RequirementWindow.EachPeriod,
                },
                new RequirementRule
                {
                    Key = "oslo-2019-utslippsfri-andel",
                    ClauseText = $"Minst {Percent(value(ShareParameter))} av maskintimene skal være utslippsfrie. Kravet reduseres forholdsmessig " +
                        "når nettselskapet dokumenterer at plassen ikke kan få den effekten den trenger (tilgjengelig ÷ nødvendig effekt).",
                    Kind = RequirementKind.MinimumRequirement,
                    Metric = Metric(MetricCatalogue.ZeroEmissionMachineHourShare),
                    Comparison = Comparison.AtLeast,
                    Threshold = value(ShareParameter),
                    Window = RequirementWindow.EachPeriod,
                    GridRelief = true,
                },
            ]),
        new(new RequirementPreset(Kriterieveiviseren,
            "DFØ, Kriterieveiviseren, krav til bygge- og anleggsplasser: maskiner og utstyr minst EU Stage IIIB; byggvarme og " +
            "uttørking fossilfritt (fossil olje til dette er forbudt på byggeplasser fra 1.1.2022); biodrivstoff ikke fra råstoff " +
            "med høy ILUC-risiko (EU 2019/807: palmeolje; PFAD holdes utenfor sammen med den).",
            []),
            _ =>
            [
                new RequirementRule
                {
                    Key = "kriterieveiviseren-minst-stage-iiib",
                    ClauseText = "Alle maskiner og alt utstyr med forbrenningsmotor skal minst tilfredsstille EU Stage IIIB.",
                    Kind = RequirementKind.MinimumRequirement,
                    Metric = Metric(MetricCatalogue.MachinesBelowStageIIIB),
                    Comparison = Comparison.AtMost,
                    Threshold = 0,
                    Window = RequirementWindow.EachPeriod,
                },
                new RequirementRule
                {
                    Key = "kriterieveiviseren-fossilfri-byggvarme",
                    ClauseText = "Byggvarme og uttørking skal være fossilfri.",
                    Kind = RequirementKind.MinimumRequirement,
                    // Fossil kWh rather than a fossil share: heating is seasonal, and a month without any must be met, not unassessable.
                    Metric = Metric(MetricCatalogue.FossilEnergyKwh),
                    Scope = new RequirementScope { Types = [MachineTypes.Byggvarme], Purposes = [EnergyPurposes.Byggvarme] },
                    Comparison = Comparison.AtMost,
                    Threshold = 0,
                    Window = RequirementWindow.EachPeriod,
                },
                new RequirementRule
                {
                    Key = "kriterieveiviseren-biodrivstoff-uten-palmeolje",
                    ClauseText = "Biodrivstoff skal ikke være produsert av palmeolje eller palmeoljeprodukter som PFAD. " +
                        "Råstoffet skal dokumenteres for hver leveranse.",
                    Kind = RequirementKind.MinimumRequirement,
                    Metric = Metric(MetricCatalogue.DeliveriesWithExcludedFeedstock),
                    Comparison = Comparison.AtMost,
                    Threshold = 0,
                    Window = RequirementWindow.EachPeriod,
                },
            ]),
        new(new RequirementPreset(TransportEuroVI,
            "DFØ, Kriterieveiviseren, tjenestekontrakter med transport: kjøretøy minst Euro VI; årlig rapport med reg.nr., " +
            "Euroklasse, drivstoff og km. Oslo kommune krever det samme for transport fra 1.1.2025.",
            []),
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
        new(new RequirementPreset(Oslo2025Transport,
            "Oslo kommune, krav til transport fra 1.1.2025: leveranser der transport inngår (fra 500 000 kroner) skal skje med " +
            "utslippsfrie kjøretøy (batterielektrisk eller hydrogen) eller kjøretøy på biogass som minst tilfredsstiller Euro VI.",
            [Share(Oslo2025Transport, 1m)]),
            value =>
            [
                new RequirementRule
                {
                    Key = "oslo-2025-transport-utslippsfri-eller-biogass",
                    ClauseText = $"Minst {Percent(value(ShareParameter))} av kjøringen i oppdraget (målt i km) skal skje med utslippsfrie " +
                        "kjøretøy eller kjøretøy på biogass.",
                    Kind = RequirementKind.MinimumRequirement,
                    Metric = Metric(MetricCatalogue.ZeroEmissionOrBiogasKmShare),
                    Comparison = Comparison.AtLeast,
                    Threshold = value(ShareParameter),
                    Window = RequirementWindow.EachPeriod,
                },
            ]),
        new(new RequirementPreset(IdleLimit,
            "DFØ, Kriterieveiviseren: tomgangskjøring skal begrenses. Grensen settes i kontrakten; standardverdien 25 % ligger under " +
            "det gravemaskiner typisk går på tomgang i dag (30–50 % av driftstiden, MEF).",
            [new PresetParameter(IdleLimit, LimitParameter, 0.25m, MetricUnit.Share)]),
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
            []),
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
            [Share(PromisedZeroEmissionShare, 0.9m)]),
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
            "Kontraktens klimabudsjett: samlede territorielle utslipp (som i kommunenes klimaregnskap) for hele kontrakten.",
            [new PresetParameter(Co2eCap, TonnesParameter, 500m, MetricUnit.TonnesCo2e)]),
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

    /// <summary>
    /// The rules of a preset with the given parameter values (missing ones take their default, unknown names are
    /// ignored). The values are not checked here: validate the rules with <see cref="RequirementRules.Validate"/>.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No preset has the key; look it up with <see cref="Find"/> first.</exception>
    public static IReadOnlyList<RequirementRule> Build(string presetKey, IReadOnlyDictionary<string, decimal> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (!ByKey.TryGetValue(presetKey, out var definition))
        {
            throw new KeyNotFoundException($"No requirement preset '{presetKey}'.");
        }

        return definition.Rules(name => parameters.TryGetValue(name, out var given)
            ? given
            : definition.Preset.Parameters.First(p => p.Name == name).Default);
    }

    private static PresetParameter Share(string preset, decimal value) => new(preset, ShareParameter, value, MetricUnit.Share);

    private static MetricDefinition Metric(string code) =>
        MetricCatalogue.Find(code)?.Definition ?? throw new InvalidOperationException($"The metric catalogue has no '{code}'.");

    private static string Percent(decimal share) => (share * 100).ToString("0.##", Bokmal) + "\u00A0%";
}
