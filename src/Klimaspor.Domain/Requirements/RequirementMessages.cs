using System.Collections.Frozen;
using System.Globalization;
using Klimaspor.Domain.Reporting;

namespace Klimaspor.Domain.Requirements;

/// <summary>
/// Message keys of requirement validation and of the reasons an evaluation gives. Texts are in
/// <see cref="RequirementMessages"/> and read through <see cref="Messages.Text(string, string?, object?[])"/> like
/// every domain message.
/// </summary>
public static class RequirementMessageKeys
{
    // Reasons. {0} a period key, a list of them, or a window such as 2025-01–2025-06, as documented at each text.
    public const string Offenders = "Requirement.Offenders";
    public const string ReportMissing = "Requirement.ReportMissing";
    public const string ReportNotYetDue = "Requirement.ReportNotYetDue";
    public const string ContractNotEnded = "Requirement.ContractNotEnded";
    public const string UnknownEmissionClassBlocks = "Requirement.UnknownEmissionClassBlocks";
    public const string UnknownEmissionClass = "Requirement.UnknownEmissionClass";
    public const string UnknownFeedstockBlocks = "Requirement.UnknownFeedstockBlocks";
    public const string UnknownFeedstock = "Requirement.UnknownFeedstock";
    public const string WaiversUsed = "Requirement.WaiversUsed";
    public const string WaiverNotApproved = "Requirement.WaiverNotApproved";
    public const string NoWaivedLines = "Requirement.NoWaivedLines";
    public const string GridRelief = "Requirement.GridRelief";
    public const string GridReliefWeighted = "Requirement.GridReliefWeighted";
    public const string ReportLate = "Requirement.ReportLate";
    public const string ReportOverdue = "Requirement.ReportOverdue";

    /// <summary>Suffix of a list message's variant that ends "and {1} more".</summary>
    public const string MoreSuffix = "More";

    // Validation of a composed requirement (Problem keys).
    public const string ValidationRequired = "Requirement.Validation.Required";
    public const string ValidationTooLong = "Requirement.Validation.TooLong";
    public const string ValidationKeyInvalid = "Requirement.Validation.KeyInvalid";
    public const string ValidationNotDefined = "Requirement.Validation.NotDefined";
    public const string ValidationShareOutOfRange = "Requirement.Validation.ShareOutOfRange";
    public const string ValidationNegative = "Requirement.Validation.Negative";
    public const string ValidationTooLarge = "Requirement.Validation.TooLarge";
    public const string ValidationCountNotWhole = "Requirement.Validation.CountNotWhole";
    public const string ValidationRatioNeedsDenominator = "Requirement.Validation.RatioNeedsDenominator";
    public const string ValidationDenominatorOnlyForRatio = "Requirement.Validation.DenominatorOnlyForRatio";
    public const string ValidationShareNeedsCondition = "Requirement.Validation.ShareNeedsCondition";
    public const string ValidationConditionNotUsed = "Requirement.Validation.ConditionNotUsed";
    public const string ValidationConditionEmpty = "Requirement.Validation.ConditionEmpty";
    public const string ValidationUnknownCode = "Requirement.Validation.UnknownCode";
    public const string ValidationEmissionClassNotMinimum = "Requirement.Validation.EmissionClassNotMinimum";
    public const string ValidationEmissionClassNeedsEngines = "Requirement.Validation.EmissionClassNeedsEngines";
    public const string ValidationFeedstockNeedsDeliveries = "Requirement.Validation.FeedstockNeedsDeliveries";
    public const string ValidationQuantityNotOnLines = "Requirement.Validation.QuantityNotOnLines";
    public const string ValidationWeightOnlyMachines = "Requirement.Validation.WeightOnlyMachines";
    public const string ValidationWeightBoundsOrder = "Requirement.Validation.WeightBoundsOrder";
    public const string ValidationWaiversNeedMachines = "Requirement.Validation.WaiversNeedMachines";
    public const string ValidationGridReliefNeedsAtLeast = "Requirement.Validation.GridReliefNeedsAtLeast";
    public const string ValidationScopeNotUsed = "Requirement.Validation.ScopeNotUsed";
    public const string ValidationFilterNotForLines = "Requirement.Validation.FilterNotForLines";

    // Built once, indexed by the enums' values (two comparisons per unit): a key per verdict must not cost a string
    // each time (docs/performance.md, issue 5).
    private static readonly string[] ResultKeys =
        [.. Enum.GetValues<MetricUnit>().SelectMany(u => Enum.GetValues<Comparison>().Select(c => "Requirement.Result." + u + "." + c))];

    private static readonly string[] NothingInScopeKeys = [.. Enum.GetValues<FactQuantity>().Select(q => "Requirement.NothingInScope." + q)];

    /// <summary>The messages that list names, each with a variant ending "and {1} more".</summary>
    internal static readonly string[] Lists =
        [Offenders, ReportMissing, UnknownEmissionClassBlocks, UnknownEmissionClass, UnknownFeedstockBlocks, UnknownFeedstock, WaiversUsed];

    private static readonly FrozenDictionary<string, string> MoreKeys = Lists.ToFrozenDictionary(k => k, k => k + MoreSuffix, StringComparer.Ordinal);

    /// <summary>The variant of a list message that ends "and {1} more".</summary>
    public static string More(string key) => MoreKeys.TryGetValue(key, out var more) ? more : key + MoreSuffix;

    /// <summary>Measured against threshold: {0} measured, {1} threshold applied, in the metric's unit.</summary>
    public static string Result(MetricUnit unit, Comparison comparison) =>
        ResultKeys[((int)unit * 2) + (int)comparison];

    /// <summary>Nothing to divide by: {0} the window.</summary>
    public static string NothingInScope(FactQuantity quantity) => NothingInScopeKeys[(int)quantity];
}

/// <summary>The texts of <see cref="RequirementMessageKeys"/> in bokmål, nynorsk and English.</summary>
public static class RequirementMessages
{
    private static readonly FrozenDictionary<string, (string Nb, string Nn, string En)> Catalogue = Build();

    public static IEnumerable<string> Keys => Catalogue.Keys;

    public static bool TryGet(string key, out (string Nb, string Nn, string En) texts) => Catalogue.TryGetValue(key, out texts);

    private static FrozenDictionary<string, (string Nb, string Nn, string En)> Build()
    {
        var texts = new Dictionary<string, (string Nb, string Nn, string En)>(StringComparer.Ordinal)
        {
            // {0} machines, vehicles or lines with a detail in brackets, comma-separated
            [RequirementMessageKeys.Offenders] = (
                "Dette gjelder {0}.",
                "Dette gjeld {0}.",
                "This concerns {0}."),
            // {0} periods, comma-separated
            [RequirementMessageKeys.ReportMissing] = (
                "Rapporten for {0} er ikke levert, og fristen er passert. Kravet kan ikke vurderes før den er levert.",
                "Rapporten for {0} er ikkje levert, og fristen er passert. Kravet kan ikkje vurderast før han er levert.",
                "The report for {0} has not been submitted and is overdue. The requirement cannot be assessed until it is."),
            // {0} period, {1} due date
            [RequirementMessageKeys.ReportNotYetDue] = (
                "Rapporten for {0} har frist {1:d}.",
                "Rapporten for {0} har frist {1:d}.",
                "The report for {0} is due on {1:d}."),
            // {0} the last period's due date, {1} periods reported, {2} periods of the contract
            [RequirementMessageKeys.ContractNotEnded] = (
                "Kravet gjelder hele kontrakten og avgjøres etter siste frist {0:d}. Tallet så langt bygger på {1} av {2} perioder.",
                "Kravet gjeld heile kontrakten og vert avgjort etter siste frist {0:d}. Talet så langt byggjer på {1} av {2} periodar.",
                "The requirement covers the whole contract and is decided after the last due date, {0:d}. The figure so far rests on {1} of {2} periods."),
            // {0} lines with their class, comma-separated
            [RequirementMessageKeys.UnknownEmissionClassBlocks] = (
                "Utslippsklassen er ukjent eller ikke sammenlignbar for {0}. Kravet kan ikke vurderes før den er oppgitt.",
                "Utsleppsklassen er ukjend eller ikkje samanliknbar for {0}. Kravet kan ikkje vurderast før han er oppgitt.",
                "The emission class is unknown or not comparable for {0}. The requirement cannot be assessed until it is given."),
            [RequirementMessageKeys.UnknownEmissionClass] = (
                "Utslippsklassen er ukjent eller ikke sammenlignbar for {0}, men det endrer ikke resultatet.",
                "Utsleppsklassen er ukjend eller ikkje samanliknbar for {0}, men det endrar ikkje resultatet.",
                "The emission class is unknown or not comparable for {0}, but that does not change the result."),
            // {0} deliveries, comma-separated
            [RequirementMessageKeys.UnknownFeedstockBlocks] = (
                "Råstoffet er ikke dokumentert for {0}. Kravet kan ikke vurderes før det er oppgitt.",
                "Råstoffet er ikkje dokumentert for {0}. Kravet kan ikkje vurderast før det er oppgitt.",
                "The feedstock is not documented for {0}. The requirement cannot be assessed until it is given."),
            [RequirementMessageKeys.UnknownFeedstock] = (
                "Råstoffet er ikke dokumentert for {0}, men det endrer ikke resultatet.",
                "Råstoffet er ikkje dokumentert for {0}, men det endrar ikkje resultatet.",
                "The feedstock is not documented for {0}, but that does not change the result."),
            // {0} waiver references with machine and period, comma-separated
            [RequirementMessageKeys.WaiversUsed] = (
                "Godkjente fravik er brukt: {0}.",
                "Godkjende fråvik er brukte: {0}.",
                "Approved waivers applied: {0}."),
            // {0} machine, {1} the reference written on the line, {2} period
            [RequirementMessageKeys.WaiverNotApproved] = (
                "{0} viser til fravik {1}, men maskinen har ikke noe godkjent fravik for {2}. Den regnes derfor ikke som unntatt.",
                "{0} viser til fråvik {1}, men maskina har ikkje noko godkjent fråvik for {2}. Ho vert difor ikkje rekna som unnateken.",
                "{0} refers to waiver {1}, but the machine has no approved waiver for {2}. It is therefore not exempt."),
            // {0} window
            [RequirementMessageKeys.NoWaivedLines] = (
                "Ingen maskiner hadde godkjent fravik i {0}, så det er ingenting å vurdere.",
                "Ingen maskiner hadde godkjent fråvik i {0}, så det er ingenting å vurdere.",
                "No machine had an approved waiver in {0}, so there is nothing to assess."),
            // {0} period, {1} kW available, {2} kW needed, {3} threshold (fraction), {4} threshold applied (fraction)
            [RequirementMessageKeys.GridRelief] = (
                "Nettet kan levere {1:#,0.#} kW av {2:#,0.#} kW som trengs i {0}. Kravet reduseres forholdsmessig: {3:0.##\u00A0%} × {1:#,0.#} / {2:#,0.#} = {4:0.##\u00A0%}.",
                "Nettet kan levere {1:#,0.#} kW av {2:#,0.#} kW som trengst i {0}. Kravet vert redusert forholdsmessig: {3:0.##\u00A0%} × {1:#,0.#} / {2:#,0.#} = {4:0.##\u00A0%}.",
                "The grid can supply {1:#,0.#} kW of the {2:#,0.#} kW needed in {0}. The requirement is reduced pro rata: {3:0.##%} × {1:#,0.#} / {2:#,0.#} = {4:0.##%}."),
            // {0} periods with reduced grid capacity, {1} periods in the window, {2} threshold, {3} threshold applied
            [RequirementMessageKeys.GridReliefWeighted] = (
                "Nettkapasiteten var for liten i {0} av {1} perioder. Over perioden samlet er kravet {2:0.##\u00A0%} redusert til {3:0.##\u00A0%}: snittet av periodenes reduserte krav, vektet med hver periodes omfang (for eksempel maskintimer).",
                "Nettkapasiteten var for lita i {0} av {1} periodar. Over perioden samla er kravet {2:0.##\u00A0%} redusert til {3:0.##\u00A0%}: snittet av dei reduserte krava til periodane, vekta med omfanget til kvar periode (til dømes maskintimar).",
                "Grid capacity was short in {0} of {1} periods. Over the window the requirement of {2:0.##%} is reduced to {3:0.##%}: the mean of the periods' reduced requirements, weighted by each period's scope (such as machine hours)."),
            // {0} period, {1} due date, {2} date submitted
            [RequirementMessageKeys.ReportLate] = (
                "Rapporten for {0} ble levert {2:d}, etter fristen {1:d}.",
                "Rapporten for {0} vart levert {2:d}, etter fristen {1:d}.",
                "The report for {0} was submitted on {2:d}, after its due date {1:d}."),
            // {0} period, {1} due date
            [RequirementMessageKeys.ReportOverdue] = (
                "Rapporten for {0} er ikke levert; fristen var {1:d}.",
                "Rapporten for {0} er ikkje levert; fristen var {1:d}.",
                "The report for {0} has not been submitted; it was due on {1:d}."),

            [RequirementMessageKeys.ValidationRequired] = (
                "Fyll ut feltet.",
                "Fyll ut feltet.",
                "Fill in this field."),
            // {0} the most characters allowed
            [RequirementMessageKeys.ValidationTooLong] = (
                "Teksten er for lang: høyst {0} tegn.",
                "Teksten er for lang: høgst {0} teikn.",
                "The text is too long: at most {0} characters."),
            // {0} the key given
            [RequirementMessageKeys.ValidationKeyInvalid] = (
                "«{0}» kan ikke brukes som nøkkel. Bruk små bokstaver a–z, sifre og bindestrek, høyst 100 tegn.",
                "«{0}» kan ikkje brukast som nøkkel. Bruk små bokstavar a–z, siffer og bindestrek, høgst 100 teikn.",
                "“{0}” cannot be used as a key. Use lower-case letters a–z, digits and hyphens, at most 100 characters."),
            // {0} the value given
            [RequirementMessageKeys.ValidationNotDefined] = (
                "«{0}» er ikke en gyldig verdi for feltet.",
                "«{0}» er ikkje ein gyldig verdi for feltet.",
                "“{0}” is not a valid value for this field."),
            // {0} the value given
            [RequirementMessageKeys.ValidationShareOutOfRange] = (
                "En andel må være mellom 0 og 1 (0 % og 100 %), men er {0}.",
                "Ein del må vere mellom 0 og 1 (0 % og 100 %), men er {0}.",
                "A share must be between 0 and 1 (0 % and 100 %), but is {0}."),
            // {0} the value given
            [RequirementMessageKeys.ValidationNegative] = (
                "Verdien kan ikke være negativ (fant {0}).",
                "Verdien kan ikkje vere negativ (fann {0}).",
                "The value cannot be negative (found {0})."),
            // {0} the value given, {1} the largest accepted
            [RequirementMessageKeys.ValidationTooLarge] = (
                "{0:#,0.###} er mer enn det som godtas her (høyst {1:#,0}).",
                "{0:#,0.###} er meir enn det som vert godteke her (høgst {1:#,0}).",
                "{0:#,0.###} is more than is accepted here (at most {1:#,0})."),
            // {0} the value given
            [RequirementMessageKeys.ValidationCountNotWhole] = (
                "Et antall må være et helt tall (fant {0}).",
                "Eit tal på noko må vere eit heilt tal (fann {0}).",
                "A count must be a whole number (found {0})."),
            [RequirementMessageKeys.ValidationRatioNeedsDenominator] = (
                "Et forholdstall trenger en nevner: velg hva mengden skal deles på.",
                "Eit forholdstal treng ein nemnar: vel kva mengda skal delast på.",
                "A ratio needs a denominator: choose what the quantity is divided by."),
            [RequirementMessageKeys.ValidationDenominatorOnlyForRatio] = (
                "Bare et forholdstall har nevner. Fjern nevneren eller velg forholdstall.",
                "Berre eit forholdstal har nemnar. Fjern nemnaren eller vel forholdstal.",
                "Only a ratio has a denominator. Remove it or choose a ratio."),
            [RequirementMessageKeys.ValidationShareNeedsCondition] = (
                "En andel trenger en betingelse for hvilke linjer som teller med i telleren (for eksempel utslippsfri energi).",
                "Ein del treng eit vilkår for kva liner som tel med i teljaren (til dømes utsleppsfri energi).",
                "A share needs a condition saying which lines count in its numerator (such as zero-emission energy)."),
            // {0} the aggregate
            [RequirementMessageKeys.ValidationConditionNotUsed] = (
                "Målet {0} bruker ingen betingelse. Fjern betingelsen eller velg et annet mål.",
                "Målet {0} brukar ikkje noko vilkår. Fjern vilkåret eller vel eit anna mål.",
                "The aggregate {0} uses no condition. Remove the condition or choose another aggregate."),
            [RequirementMessageKeys.ValidationConditionEmpty] = (
                "Betingelsen er tom. Velg minst én energiklasse, energibærer, utslippsklasse eller råstoff, eller fjern den.",
                "Vilkåret er tomt. Vel minst éin energiklasse, energiberar, utsleppsklasse eller råstoff, eller fjern det.",
                "The condition is empty. Choose at least one energy class, carrier, emission class or feedstock, or remove it."),
            // {0} the code given, {1} the code list(s)
            [RequirementMessageKeys.ValidationUnknownCode] = (
                "«{0}» finnes ikke i kodelisten {1}.",
                "«{0}» finst ikkje i kodelista {1}.",
                "“{0}” is not in the code list {1}."),
            // {0} the code given
            [RequirementMessageKeys.ValidationEmissionClassNotMinimum] = (
                "«{0}» kan ikke være en minsteklasse. Velg en Stage- eller Euro-klasse, eller nullutslipp.",
                "«{0}» kan ikkje vere ein minsteklasse. Vel ein Stage- eller Euro-klasse, eller nullutslepp.",
                "“{0}” cannot be a minimum class. Choose a Stage or Euro class, or zero-emission."),
            [RequirementMessageKeys.ValidationEmissionClassNeedsEngines] = (
                "Utslippsklasse finnes bare på maskiner og kjøretøy.",
                "Utsleppsklasse finst berre på maskiner og køyretøy.",
                "Only machines and vehicles have an emission class."),
            [RequirementMessageKeys.ValidationFeedstockNeedsDeliveries] = (
                "Råstoff finnes bare på drivstoffleveranser.",
                "Råstoff finst berre på drivstoffleveransar.",
                "Only fuel deliveries have a feedstock."),
            // {0} the quantity, {1} the line kind
            [RequirementMessageKeys.ValidationQuantityNotOnLines] = (
                "Mengden {0} finnes ikke på linjer av typen {1}.",
                "Mengda {0} finst ikkje på liner av typen {1}.",
                "The quantity {0} does not exist on {1} lines."),
            [RequirementMessageKeys.ValidationWeightOnlyMachines] = (
                "Vekt kan bare avgrense maskiner. Ta med maskinlinjer eller fjern vektgrensen.",
                "Vekt kan berre avgrense maskiner. Ta med maskinliner eller fjern vektgrensa.",
                "Weight can only limit machines. Include machine lines or remove the weight limit."),
            // {0} lower bound, {1} upper bound
            [RequirementMessageKeys.ValidationWeightBoundsOrder] = (
                "Nedre vektgrense ({0} t) må være lavere enn øvre ({1} t).",
                "Nedre vektgrense ({0} t) må vere lågare enn øvre ({1} t).",
                "The lower weight limit ({0} t) must be below the upper one ({1} t)."),
            [RequirementMessageKeys.ValidationWaiversNeedMachines] = (
                "Fravik gjelder maskiner og kjøretøy. Ta med slike linjer eller la fravik være uten betydning.",
                "Fråvik gjeld maskiner og køyretøy. Ta med slike liner eller la fråvik vere utan verknad.",
                "Waivers apply to machines and vehicles. Include such lines or let waivers not matter."),
            [RequirementMessageKeys.ValidationGridReliefNeedsAtLeast] = (
                "Reduksjon for nettkapasitet gjelder bare krav om minst en verdi.",
                "Reduksjon for nettkapasitet gjeld berre krav om minst ein verdi.",
                "Grid-capacity relief applies only to at-least requirements."),
            // {0} the aggregate
            [RequirementMessageKeys.ValidationScopeNotUsed] = (
                "Målet {0} ser ikke på linjer, så omfanget brukes ikke. Fjern avgrensningen.",
                "Målet {0} ser ikkje på liner, så omfanget vert ikkje brukt. Fjern avgrensinga.",
                "The aggregate {0} does not look at lines, so the scope is not used. Remove the limits."),
            [RequirementMessageKeys.ValidationFilterNotForLines] = (
                "Avgrensningen gjelder ikke linjene målet ser på (typer finnes på maskiner og kjøretøy, formål på kjøretøy og energi).",
                "Avgrensinga gjeld ikkje linene målet ser på (typar finst på maskiner og køyretøy, føremål på køyretøy og energi).",
                "This limit does not apply to the lines the metric looks at (types are on machines and vehicles, purposes on vehicles and energy)."),
        };

        AddMoreVariants(texts);
        AddResults(texts);
        AddNothingInScope(texts);
        return texts.ToFrozenDictionary(StringComparer.Ordinal);
    }

    // Lists name at most a handful; the rest are counted: "…, PIN-9 (diesel) and 4 more."
    private static void AddMoreVariants(Dictionary<string, (string Nb, string Nn, string En)> texts)
    {
        foreach (var key in RequirementMessageKeys.Lists)
        {
            var (nb, nn, en) = texts[key];
            texts[key + RequirementMessageKeys.MoreSuffix] = (
                nb.Replace("{0}", "{0} og {1} til", StringComparison.Ordinal),
                nn.Replace("{0}", "{0} og {1} til", StringComparison.Ordinal),
                en.Replace("{0}", "{0} and {1} more", StringComparison.Ordinal));
        }
    }

    private static void AddResults(Dictionary<string, (string Nb, string Nn, string En)> texts)
    {
        foreach (var unit in Enum.GetValues<MetricUnit>())
        {
            var (nb, nn, en) = Value(unit);
            foreach (var comparison in Enum.GetValues<Comparison>())
            {
                var (atNb, atNn, atEn) = comparison == Comparison.AtLeast ? ("minst", "minst", "at least") : ("høyst", "høgst", "at most");
                texts[RequirementMessageKeys.Result(unit, comparison)] = (
                    $"Målt: {string.Format(CultureInfo.InvariantCulture, nb, 0)}. Kravet er {atNb} {string.Format(CultureInfo.InvariantCulture, nb, 1)}.",
                    $"Målt: {string.Format(CultureInfo.InvariantCulture, nn, 0)}. Kravet er {atNn} {string.Format(CultureInfo.InvariantCulture, nn, 1)}.",
                    $"Measured: {string.Format(CultureInfo.InvariantCulture, en, 0)}. The requirement is {atEn} {string.Format(CultureInfo.InvariantCulture, en, 1)}.");
            }
        }

        // {{{0}…}} below makes "{0:…}" once the index is put in.
        static (string Nb, string Nn, string En) Value(MetricUnit unit) => unit switch
        {
            MetricUnit.Share => ("{{{0}:0.##\u00A0%}}", "{{{0}:0.##\u00A0%}}", "{{{0}:0.##%}}"),
            MetricUnit.KgCo2e => ("{{{0}:#,0.#}} kg CO2e", "{{{0}:#,0.#}} kg CO2e", "{{{0}:#,0.#}} kg CO2e"),
            MetricUnit.Hours => ("{{{0}:#,0.#}} timer", "{{{0}:#,0.#}} timar", "{{{0}:#,0.#}} hours"),
            MetricUnit.Kilometres => ("{{{0}:#,0.#}} km", "{{{0}:#,0.#}} km", "{{{0}:#,0.#}} km"),
            MetricUnit.Litres => ("{{{0}:#,0.#}} liter", "{{{0}:#,0.#}} liter", "{{{0}:#,0.#}} litres"),
            MetricUnit.KilowattHours => ("{{{0}:#,0.#}} kWh", "{{{0}:#,0.#}} kWh", "{{{0}:#,0.#}} kWh"),
            MetricUnit.Count => ("{{{0}:#,0}}", "{{{0}:#,0}}", "{{{0}:#,0}}"),
            MetricUnit.Days => ("{{{0}:#,0.#}} maskindøgn", "{{{0}:#,0.#}} maskindøgn", "{{{0}:#,0.#}} machine-days"),
            MetricUnit.TonneKm => ("{{{0}:#,0.#}} tonnkm", "{{{0}:#,0.#}} tonnkm", "{{{0}:#,0.#}} tonne-km"),
            MetricUnit.Ratio => ("{{{0}:#,0.###}}", "{{{0}:#,0.###}}", "{{{0}:#,0.###}}"),
            MetricUnit.TonnesCo2e => ("{{{0}:#,0.#}} tonn CO2e", "{{{0}:#,0.#}} tonn CO2e", "{{{0}:#,0.#}} tonnes CO2e"),
            _ => ("{{{0}:#,0.#}} (leverte enheter)", "{{{0}:#,0.#}} (leverte einingar)", "{{{0}:#,0.#}} (delivered units)"),
        };
    }

    private static void AddNothingInScope(Dictionary<string, (string Nb, string Nn, string En)> texts)
    {
        foreach (var quantity in Enum.GetValues<FactQuantity>())
        {
            var (nb, nn, en) = quantity switch
            {
                FactQuantity.Lines => ("linjer", "liner", "lines"),
                FactQuantity.MachineHours => ("maskintimer", "maskintimar", "machine hours"),
                FactQuantity.IdleHours => ("rapporterte tomgangstimer", "rapporterte tomgangstimar", "reported idle hours"),
                FactQuantity.MachineDays => ("maskindøgn", "maskindøgn", "machine-days"),
                FactQuantity.Kilometres => ("kjørte km", "køyrde km", "km driven"),
                FactQuantity.TonneKm => ("tonnkm (last og antall turer)", "tonnkm (last og tal på turar)", "tonne-km (load and trips)"),
                FactQuantity.EnergyKwh => ("energibruk", "energibruk", "energy use"),
                FactQuantity.EmissionsTerritorial => ("territorielle utslipp", "territorielle utslepp", "territorial emissions"),
                FactQuantity.EmissionsLifeCycle => ("livsløpsutslipp", "livsløpsutslepp", "life-cycle emissions"),
                FactQuantity.AvoidedTerritorial => ("unngåtte utslipp", "unngåtte utslepp", "avoided emissions"),
                FactQuantity.FuelLitres => ("liter drivstoff", "liter drivstoff", "litres of fuel"),
                _ => ("leverte mengder", "leverte mengder", "delivered quantities"),
            };
            texts[RequirementMessageKeys.NothingInScope(quantity)] = (
                $"Ingen {nb} innenfor kravets omfang i {{0}}, så verdien kan ikke beregnes.",
                $"Ingen {nn} innanfor omfanget til kravet i {{0}}, så verdien kan ikkje reknast ut.",
                $"No {en} within the requirement's scope in {{0}}, so the value cannot be computed.");
        }
    }
}
