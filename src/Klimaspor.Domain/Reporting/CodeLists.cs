namespace Klimaspor.Domain.Reporting;

// The code lists of the contractor report template, version 1 (spec/reporting-template.md, "Code lists"). Codes are
// the stored values and never change; labels are what people see and may be reworded.

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
        new(Gravemaskin, "Gravemaskin", "Gravemaskin", "Excavator"),
        new(Minigraver, "Minigraver (< 6 t)", "Minigravar (< 6 t)", "Mini excavator (< 6 t)"),
        new(Hjullaster, "Hjullaster", "Hjullastar", "Wheel loader"),
        new(Dumper, "Dumper", "Dumper", "Dumper") { Aliases = ["Rammestyrt dumper", "Articulated hauler"] },
        new(Doser, "Doser", "Doser", "Dozer") { Aliases = ["Bulldoser", "Bulldozer"] },
        new(Veihovel, "Veihøvel", "Veghøvel", "Grader"),
        new(Valse, "Valse", "Valse", "Roller") { Aliases = ["Vals"] },
        new(Asfaltutlegger, "Asfaltutlegger", "Asfaltutleggar", "Paver"),
        new(Borerigg, "Borerigg", "Borerigg", "Drill rig"),
        new(Mobilkran, "Mobilkran", "Mobilkran", "Mobile crane"),
        new(Taarnkran, "Tårnkran", "Tårnkran", "Tower crane"),
        new(Lift, "Lift", "Lift", "Lift") { Aliases = ["Personløfter", "Arbeidsplattform"] },
        new(Teleskoptruck, "Teleskoptruck", "Teleskoptruck", "Telehandler"),
        new(Truck, "Truck", "Truck", "Forklift") { Aliases = ["Gaffeltruck"] },
        new(Aggregat, "Aggregat", "Aggregat", "Generator") { Aliases = ["Strømaggregat"] },
        new(Kompressor, "Kompressor", "Kompressor", "Compressor"),
        new(Pumpe, "Pumpe", "Pumpe", "Pump"),
        new(Byggvarme, "Byggvarme/uttørking", "Byggvarme/uttørking", "Heater/dryer") { Aliases = ["Byggvarme", "Byggtørker", "Varmekanon"] },
        new(Annet, "Annet", "Anna", "Other"),
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
        new(Personbil, "Personbil", "Personbil", "Car"),
        new(Varebil, "Varebil (≤ 3,5 t)", "Varebil (≤ 3,5 t)", "Van (≤ 3.5 t)"),
        new(Lastebil, "Lastebil (> 3,5 t)", "Lastebil (> 3,5 t)", "Truck (> 3.5 t)"),
        new(Vogntog, "Vogntog", "Vogntog", "Truck and trailer"),
        new(Renovasjonsbil, "Renovasjonsbil", "Renovasjonsbil", "Refuse truck") { Aliases = ["Søppelbil"] },
        new(Betongbil, "Betongbil", "Betongbil", "Concrete mixer"),
        new(Annet, "Annet", "Anna", "Other"),
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
    public const string Annet = "annet";

    public static CodeList List { get; } = new("transportPurpose",
    [
        new(Massetransport, "Massetransport", "Massetransport", "Masses") { Aliases = ["Mass transport"] },
        new(Avfall, "Avfall", "Avfall", "Waste"),
        new(Materialer, "Materialer til byggeplassen", "Materialar til byggjeplassen", "Materials to site") { Aliases = ["Materialer", "Materialar"] },
        new(Varelevering, "Varelevering", "Varelevering", "Goods delivery"),
        new(Tjeneste, "Tjenestebesøk", "Tenestebesøk", "Service visit") { Aliases = ["Tjeneste", "Teneste"] },
        new(Persontransport, "Persontransport", "Persontransport", "People") { Aliases = ["Passenger transport"] },
        new(Annet, "Annet", "Anna", "Other"),
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
        new(Byggvarme, "Byggvarme og uttørking", "Byggvarme og uttørking", "Heating and drying") { Aliases = ["Byggvarme", "Uttørking"] },
        new(Brakkerigg, "Brakkerigg", "Brakkerigg", "Site huts"),
        new(Lading, "Lading av maskiner", "Lading av maskiner", "Charging machines") { Aliases = ["Lading", "Charging"] },
        new(Annet, "Annet", "Anna", "Other"),
    ]);
}

/// <summary>The template's <c>emissionClass</c> list: EU Stage for non-road machinery, Euro for vehicles.</summary>
public static class EmissionClasses
{
    public const string StageI = "stage-i";
    public const string StageII = "stage-ii";
    public const string StageIIIA = "stage-iiia";
    public const string StageIIIB = "stage-iiib";
    public const string StageIV = "stage-iv";
    public const string StageV = "stage-v";
    public const string EuroIV = "euro-iv";
    public const string EuroV = "euro-v";
    public const string EuroVI = "euro-vi";
    public const string Nullutslipp = "nullutslipp";
    public const string Ukjent = "ukjent";

    public static CodeList List { get; } = new("emissionClass",
    [
        new(StageI, "Stage I", "Stage I", "Stage I") { Aliases = ["Trinn I", "Steg I", "Stage 1"] },
        new(StageII, "Stage II", "Stage II", "Stage II") { Aliases = ["Trinn II", "Steg II", "Stage 2"] },
        new(StageIIIA, "Stage IIIA", "Stage IIIA", "Stage IIIA") { Aliases = ["Trinn IIIA", "Steg IIIA", "Stage 3A"] },
        new(StageIIIB, "Stage IIIB", "Stage IIIB", "Stage IIIB") { Aliases = ["Trinn IIIB", "Steg IIIB", "Stage 3B"] },
        new(StageIV, "Stage IV", "Stage IV", "Stage IV") { Aliases = ["Trinn IV", "Steg IV", "Stage 4"] },
        new(StageV, "Stage V", "Stage V", "Stage V") { Aliases = ["Trinn V", "Steg V", "Stage 5"] },
        new(EuroIV, "Euro IV", "Euro IV", "Euro IV") { Aliases = ["Euro 4"] },
        new(EuroV, "Euro V", "Euro V", "Euro V") { Aliases = ["Euro 5"] },
        new(EuroVI, "Euro VI", "Euro VI", "Euro VI") { Aliases = ["Euro 6"] },
        new(Nullutslipp, "Nullutslipp", "Nullutslepp", "Zero-emission") { Aliases = ["Utslippsfri", "Utsleppsfri"] },
        new(Ukjent, "Ukjent", "Ukjend", "Unknown"),
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
        new(Telematikk, "Telematikk", "Telematikk", "Telematics"),
        new(Tankanlegg, "Tankanlegg (tankingslogg)", "Tankanlegg (tankingslogg)", "Fuel dispensing log") { Aliases = ["Tankingslogg"] },
        new(Maaler, "Måler", "Målar", "Meter"),
        new(Manuell, "Entreprenørens egne tall", "Entreprenøren sine eigne tal", "Contractor's own figures") { Aliases = ["Manuell", "Manual"] },
        new(Estimat, "Estimat", "Estimat", "Estimate") { Aliases = ["Anslag"] },
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
        new(Fossil, "Fossil", "Fossil", "Fossil"),
        new(BruktFrityrolje, "Brukt frityrolje", "Brukt frityrolje", "Used cooking oil") { Aliases = ["UCO"] },
        new(AnimalskFett, "Animalsk fett", "Animalsk feitt", "Animal fat"),
        new(Raps, "Raps", "Raps", "Rapeseed") { Aliases = ["Rapsolje", "Rapeseed oil"] },
        new(Pfad, "PFAD (palmefettsyredestillat)", "PFAD (palmefettsyredestillat)", "PFAD (palm fatty acid distillate)"),
        new(Palmeolje, "Palmeolje", "Palmeolje", "Palm oil"),
        new(Tallolje, "Tallolje", "Tallolje", "Tall oil"),
        new(AvfallAnnet, "Annet avfall/restråstoff", "Anna avfall/restråstoff", "Other waste/residue"),
        new(Ukjent, "Ukjent", "Ukjend", "Unknown"),
    ]);
}

/// <summary>All code lists of the template, by the template's list name.</summary>
public static class CodeLists
{
    /// <summary>The <c>energyCarrier</c> list as a plain code list, for import matching; the calculation uses <see cref="EnergyCarrier"/>.</summary>
    public static CodeList EnergyCarrier { get; } = new("energyCarrier",
        [.. Emissions.EnergyCarrier.All.Select(c => new CodeListEntry(c.Code, c.LabelNb, c.LabelNn, c.LabelEn) { Aliases = c.Aliases })]);

    public static IReadOnlyList<CodeList> All { get; } =
    [
        EnergyCarrier, MachineTypes.List, VehicleTypes.List, TransportPurposes.List, EnergyPurposes.List,
        EmissionClasses.List, DataSources.List, Feedstocks.List,
    ];

    public static CodeList? Find(string listName) => All.FirstOrDefault(l => l.Name == listName);
}
