namespace Klimaspor.Domain.Reporting;

// The code lists of the contractor report template, version 1 (spec/reporting-template.md, "Code lists"). Codes are
// the stored values and never change; labels are what people see and may be reworded: they are the app's texts,
// Codes.{list}.{code} in Resources/texts.json.

/// <summary>The template's <c>machineType</c> list.</summary>
public static class MachineTypes
{
    public const string Gravemaskin = "gravemaskin";
    public const string Minigraver = "minigraver";
    public const string Hjullaster = "hjullaster";
    public const string Dumper = "dumper";
    public const string Doser = "doser";
    public const string Veihovel = "veihovel";
    public const string Valse = "valse";
    public const string Asfaltutlegger = "asfaltutlegger";
    public const string Borerigg = "borerigg";
    public const string Mobilkran = "mobilkran";
    public const string Taarnkran = "taarnkran";
    public const string Lift = "lift";
    public const string Teleskoptruck = "teleskoptruck";
    public const string Truck = "truck";
    public const string Aggregat = "aggregat";
    public const string Kompressor = "kompressor";
    public const string Pumpe = "pumpe";
    public const string Byggvarme = "byggvarme";
    public const string Annet = "annet";

    public static CodeList List { get; } = new("machineType",
    [
        new(Gravemaskin),
        new(Minigraver),
        new(Hjullaster),
        new(Dumper) { Aliases = ["Rammestyrt dumper", "Articulated hauler"] },
        new(Doser) { Aliases = ["Bulldoser", "Bulldozer"] },
        new(Veihovel),
        new(Valse) { Aliases = ["Vals"] },
        new(Asfaltutlegger),
        new(Borerigg),
        new(Mobilkran),
        new(Taarnkran),
        new(Lift) { Aliases = ["Personløfter", "Arbeidsplattform"] },
        new(Teleskoptruck),
        new(Truck) { Aliases = ["Gaffeltruck"] },
        new(Aggregat) { Aliases = ["Strømaggregat"] },
        new(Kompressor),
        new(Pumpe),
        new(Byggvarme) { Aliases = ["Byggvarme", "Byggtørker", "Varmekanon"] },
        new(Annet),
    ]);
}

/// <summary>The template's <c>vehicleType</c> list.</summary>
public static class VehicleTypes
{
    public const string Personbil = "personbil";
    public const string Varebil = "varebil";
    public const string Lastebil = "lastebil";
    public const string Vogntog = "vogntog";
    public const string Renovasjonsbil = "renovasjonsbil";
    public const string Betongbil = "betongbil";
    public const string Annet = "annet";

    public static CodeList List { get; } = new("vehicleType",
    [
        new(Personbil),
        new(Varebil),
        new(Lastebil),
        new(Vogntog),
        new(Renovasjonsbil) { Aliases = ["Søppelbil"] },
        new(Betongbil),
        new(Annet),
    ]);
}

/// <summary>The template's <c>transportPurpose</c> list.</summary>
public static class TransportPurposes
{
    public const string Massetransport = "massetransport";
    public const string Avfall = "avfall";
    public const string Materialer = "materialer";
    public const string Varelevering = "varelevering";
    public const string Tjeneste = "tjeneste";
    public const string Persontransport = "persontransport";

    /// <summary>
    /// Template v2: transport inside the site (moving masses or materials between places on the same site), which Oslo
    /// kommune's 2025 requirements name apart from transport to and from it (issue 14 item 2: "all work on site
    /// emission-free — machines, site energy … and transport on the site"; quoted from the issue's summary of the
    /// requirements, as the full text could not be retrieved here).
    /// </summary>
    public const string PaaAnlegget = "paa-anlegget";
    public const string Annet = "annet";

    /// <summary>
    /// The group a purpose counts in for Oslo's climate budget, which reports mass and waste transport in km (issue 14
    /// item 9); transport on the site is site work, not mass transport, and counts in neither.
    /// </summary>
    public static Emissions.TransportGroup Group(string? purpose) => purpose switch
    {
        Massetransport => Emissions.TransportGroup.Mass,
        Avfall => Emissions.TransportGroup.Waste,
        _ => Emissions.TransportGroup.Other,
    };

    public static CodeList List { get; } = new("transportPurpose",
    [
        new(Massetransport) { Aliases = ["Mass transport"] },
        new(Avfall),
        new(Materialer) { Aliases = ["Materialer", "Materialar"] },
        new(Varelevering),
        new(Tjeneste) { Aliases = ["Tjeneste", "Teneste"] },
        new(Persontransport) { Aliases = ["Passenger transport"] },
        new(PaaAnlegget) { Aliases = ["Intern transport", "Internal transport"] },
        new(Annet),
    ]);
}

/// <summary>The template's <c>energyPurpose</c> list.</summary>
public static class EnergyPurposes
{
    public const string Byggvarme = "byggvarme";
    public const string Brakkerigg = "brakkerigg";
    public const string Lading = "lading";
    public const string Annet = "annet";

    public static CodeList List { get; } = new("energyPurpose",
    [
        new(Byggvarme) { Aliases = ["Byggvarme", "Uttørking"] },
        new(Brakkerigg),
        new(Lading) { Aliases = ["Lading", "Charging"] },
        new(Annet),
    ]);
}

/// <summary>
/// The template's <c>emissionClass</c> list: EU Stage for non-road machinery, Euro for vehicles. Template v2 follows
/// Statens vegvesen's code list <c>Avgasskode</c> (https://vegvesen.github.io/ak-api/kodeverk/avgasskode/), which keeps
/// heavy-duty Euro I–VI ("Euro 1T - 88/77/EØF…", written in Roman numerals) and EEV ("frivillig Euro-avgasskode for tunge
/// kjøretøy") apart from light-duty Euro 1–6 ("Euro 1L - 70/220/EØF…", Arabic numerals): the two are tested on different
/// cycles. As there, <c>Euro 6</c> is light-duty and <c>Euro VI</c> heavy-duty; the register's codes (<c>6L</c>,
/// <c>6T</c>, <c>ET</c>) are read too.
/// </summary>
public static class EmissionClasses
{
    public const string StageI = "stage-i";
    public const string StageII = "stage-ii";
    public const string StageIIIA = "stage-iiia";
    public const string StageIIIB = "stage-iiib";
    public const string StageIV = "stage-iv";
    public const string StageV = "stage-v";
    public const string EuroI = "euro-i";
    public const string EuroII = "euro-ii";
    public const string EuroIII = "euro-iii";
    public const string EuroIV = "euro-iv";
    public const string EuroV = "euro-v";
    public const string Eev = "eev";
    public const string EuroVI = "euro-vi";
    public const string Euro1 = "euro-1";
    public const string Euro2 = "euro-2";
    public const string Euro3 = "euro-3";
    public const string Euro4 = "euro-4";
    public const string Euro5 = "euro-5";
    public const string Euro6 = "euro-6";
    public const string Nullutslipp = "nullutslipp";
    public const string Ukjent = "ukjent";

    public static CodeList List { get; } = new("emissionClass",
    [
        new(StageI) { Aliases = ["Trinn I", "Steg I", "Stage 1"] },
        new(StageII) { Aliases = ["Trinn II", "Steg II", "Stage 2"] },
        new(StageIIIA) { Aliases = ["Trinn IIIA", "Steg IIIA", "Stage 3A"] },
        new(StageIIIB) { Aliases = ["Trinn IIIB", "Steg IIIB", "Stage 3B"] },
        new(StageIV) { Aliases = ["Trinn IV", "Steg IV", "Stage 4"] },
        new(StageV) { Aliases = ["Trinn V", "Steg V", "Stage 5"] },
        new(EuroI) { Aliases = ["1T", "Euro 1T"] },
        new(EuroII) { Aliases = ["2T", "Euro 2T"] },
        new(EuroIII) { Aliases = ["3T", "Euro 3T"] },
        new(EuroIV) { Aliases = ["4T", "Euro 4T"] },
        new(EuroV) { Aliases = ["5T", "Euro 5T"] },
        new(Eev) { Aliases = ["ET", "Enhanced Environmentally Friendly Vehicle"] },
        new(EuroVI) { Aliases = ["6T", "Euro 6T"] },
        new(Euro1) { Aliases = ["1L", "Euro 1L"] },
        new(Euro2) { Aliases = ["2L", "Euro 2L"] },
        new(Euro3) { Aliases = ["3L", "Euro 3L"] },
        new(Euro4) { Aliases = ["4L", "Euro 4L"] },
        new(Euro5) { Aliases = ["5L", "Euro 5L"] },
        new(Euro6) { Aliases = ["6L", "Euro 6L"] },
        new(Nullutslipp) { Aliases = ["Utslippsfri", "Utsleppsfri"] },
        new(Ukjent),
    ]);
}

/// <summary>The template's <c>dataSource</c> list, strongest source first (domain README, "What suppliers report").</summary>
public static class DataSources
{
    public const string Telematikk = "telematikk";
    public const string Tankanlegg = "tankanlegg";
    public const string Maaler = "maaler";
    public const string Manuell = "manuell";
    public const string Estimat = "estimat";

    public static CodeList List { get; } = new("dataSource",
    [
        new(Telematikk),
        new(Tankanlegg) { Aliases = ["Tankingslogg"] },
        new(Maaler),
        new(Manuell) { Aliases = ["Manuell", "Manual"] },
        new(Estimat) { Aliases = ["Anslag"] },
    ]);
}

/// <summary>The template's <c>feedstock</c> list for biofuel and biogas deliveries.</summary>
public static class Feedstocks
{
    public const string Fossil = "fossil";
    public const string BruktFrityrolje = "brukt-frityrolje";
    public const string AnimalskFett = "animalsk-fett";
    public const string Raps = "raps";
    public const string Pfad = "pfad";
    public const string Palmeolje = "palmeolje";
    public const string Tallolje = "tallolje";
    public const string AvfallAnnet = "avfall-annet";
    public const string Ukjent = "ukjent";

    public static CodeList List { get; } = new("feedstock",
    [
        new(Fossil),
        new(BruktFrityrolje) { Aliases = ["UCO"] },
        new(AnimalskFett),
        new(Raps) { Aliases = ["Rapsolje", "Rapeseed oil"] },
        new(Pfad),
        new(Palmeolje),
        new(Tallolje),
        new(AvfallAnnet),
        new(Ukjent),
    ]);
}

/// <summary>
/// Template v2's <c>electricitySource</c> list (docs/reporting-template-v2.md): where an electric machine's kWh came
/// from. A cable machine on a generator on site is not zero-emission: the generator's own fuel line carries the
/// emissions, and the machine's kWh are that fuel's energy once more, so they are not counted again.
/// </summary>
public static class ElectricitySources
{
    /// <summary>The grid, through the site's connection; what a v1 line without the column means.</summary>
    public const string Nett = "nett";

    /// <summary>A generator on site (<c>aggregat</c>), which is reported as a machine line with its own fuel.</summary>
    public const string Aggregat = "aggregat";

    /// <summary>A battery container charged off site or from the grid.</summary>
    public const string Batterikontainer = "batterikontainer";

    public static CodeList List { get; } = new("electricitySource",
    [
        new(Nett) { Aliases = ["Strømnett", "Straumnett", "Grid", "Nettstrøm"] },
        new(Aggregat) { Aliases = ["Strømaggregat", "Straumaggregat", "Generator", "Dieselaggregat"] },
        new(Batterikontainer) { Aliases = ["Batteribank", "Batterycontainer", "Battery pack", "Batterikonteiner"] },
    ]);

    /// <summary>Whether the kWh are the output of a generator on site, so their emissions and energy are on its line.</summary>
    public static bool IsGenerator(string? code) => code == Aggregat;
}

/// <summary>
/// Template v2's yes/no flags (<c>sporadic</c> on machines, <c>beyondMandate</c> on deliveries): a code list so that the
/// workbook gets a drop-down and the form a choice, and so <c>ja</c>, <c>yes</c>, <c>true</c> and <c>x</c> all read.
/// An empty cell is "no": a flag claims something only when it is set.
/// </summary>
public static class YesNo
{
    public const string Ja = "ja";
    public const string Nei = "nei";

    public static CodeList List { get; } = new("yesNo",
    [
        new(Ja) { Aliases = ["true", "x", "1", "y"] },
        new(Nei) { Aliases = ["false", "0", "n"] },
    ]);

    /// <summary>The code a flag is written as; nothing for "no", so a sheet shows only the flags that are set.</summary>
    public static string? Code(bool flag) => flag ? Ja : null;
}

/// <summary>
/// Template v2's <c>weightClass</c> for lorries (<c>lastebil</c>): the gross vehicle weight bands DESNZ publishes rigid
/// HGV factors for, so a distance-based line gets the finer consumption row (docs/reporting-template-v2.md).
/// </summary>
public static class VehicleWeightClasses
{
    /// <summary>Over 3.5 up to 7.5 tonnes gross.</summary>
    public const string Lett = "lett";

    /// <summary>Over 7.5 up to 17 tonnes gross.</summary>
    public const string Middels = "middels";

    /// <summary>Over 17 tonnes gross.</summary>
    public const string Tung = "tung";

    public static CodeList List { get; } = new("vehicleWeightClass",
    [
        new(Lett) { Aliases = ["3,5-7,5 t", "3.5-7.5 t", "3,5–7,5 tonn"] },
        new(Middels) { Aliases = ["7,5-17 t", "7.5-17 t", "7,5–17 tonn"] },
        new(Tung) { Aliases = ["over 17 t", ">17 t", "Over 17 tonn"] },
    ]);
}

/// <summary>
/// Template v2's <c>loadLevel</c>: how full the vehicle is on its laden km (DESNZ's 0 %, 50 % and 100 % laden rows).
/// Empty means not known: the consumption table's average, which includes typical empty running.
/// </summary>
public static class LoadLevels
{
    public const string Tom = "tom";
    public const string Halv = "halv";
    public const string Full = "full";

    public static CodeList List { get; } = new("loadLevel",
    [
        new(Tom) { Aliases = ["0 %", "0%", "Empty"] },
        new(Halv) { Aliases = ["50 %", "50%", "Half"] },
        new(Full) { Aliases = ["100 %", "100%", "Fully laden"] },
    ]);

    public static Transport.LoadLevel Parse(string? code) => code switch
    {
        Tom => Transport.LoadLevel.Empty,
        Halv => Transport.LoadLevel.Half,
        Full => Transport.LoadLevel.Full,
        _ => Transport.LoadLevel.Average,
    };

    /// <summary>The code of a load level; <c>snitt</c> names the average in row ids, where no code of the list applies.</summary>
    public static string Code(Transport.LoadLevel level) => level switch
    {
        Transport.LoadLevel.Empty => Tom,
        Transport.LoadLevel.Half => Halv,
        Transport.LoadLevel.Full => Full,
        _ => "snitt",
    };
}

/// <summary>All code lists of the template, by the template's list name.</summary>
public static class CodeLists
{
    /// <summary>The <c>energyCarrier</c> list as a plain code list, for import matching; the calculation uses <see cref="EnergyCarrier"/>.</summary>
    public static CodeList EnergyCarrier { get; } = new("energyCarrier",
        [.. Emissions.EnergyCarrier.All.Select(c => new CodeListEntry(c.Code) { Aliases = c.Aliases })]);

    public static IReadOnlyList<CodeList> All { get; } =
    [
        EnergyCarrier, MachineTypes.List, VehicleTypes.List, TransportPurposes.List, EnergyPurposes.List,
        EmissionClasses.List, DataSources.List, Feedstocks.List, ElectricitySources.List, YesNo.List,
        VehicleWeightClasses.List, LoadLevels.List,
    ];

    public static CodeList? Find(string listName) => All.FirstOrDefault(l => l.Name == listName);
}
