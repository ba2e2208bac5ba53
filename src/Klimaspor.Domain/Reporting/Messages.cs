using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace Klimaspor.Domain.Reporting;

/// <summary>
/// The message keys the domain returns in errors and warnings. Results carry a key and arguments, never a sentence,
/// so a stored result can be shown later in whichever language the reader uses.
/// </summary>
public static class MessageKeys
{
    public const string CalculationUnknownCarrier = "Calculation.UnknownCarrier";
    public const string CalculationNegativeQuantity = "Calculation.NegativeQuantity";
    public const string CalculationUnitNotAllowed = "Calculation.UnitNotAllowed";
    public const string CalculationMissingQuantity = "Calculation.MissingQuantity";
    public const string CalculationTwoQuantities = "Calculation.TwoQuantities";
    public const string CalculationMissingFactor = "Calculation.MissingFactor";
    public const string CalculationQuantityTooLarge = "Calculation.QuantityTooLarge";

    public const string FactorSetPublishedIsImmutable = "FactorSet.PublishedIsImmutable";
    public const string FactorSetIdentityChanged = "FactorSet.IdentityChanged";
    public const string FactorSetPublishThroughPublish = "FactorSet.PublishThroughPublish";
    public const string FactorSetKeyInvalid = "FactorSet.KeyInvalid";
    public const string FactorSetVersionInvalid = "FactorSet.VersionInvalid";
    public const string FactorSetNotPositive = "FactorSet.NotPositive";
    public const string FactorSetNegativeValue = "FactorSet.NegativeValue";
    public const string FactorSetValueTooLarge = "FactorSet.ValueTooLarge";
    public const string FactorSetUnknownCarrier = "FactorSet.UnknownCarrier";
    public const string FactorSetHybridHasNoFactor = "FactorSet.HybridHasNoFactor";
    public const string FactorSetUnitNotAllowed = "FactorSet.UnitNotAllowed";
    public const string FactorSetDuplicateFactor = "FactorSet.DuplicateFactor";
    public const string FactorSetBoundaryMismatch = "FactorSet.BoundaryMismatch";
    public const string FactorSetSourceRequired = "FactorSet.SourceRequired";

    public const string PlausibilityFuelRateOutOfRange = "Plausibility.FuelRateOutOfRange";
    public const string PlausibilityFuelWithoutHours = "Plausibility.FuelWithoutHours";
    public const string PlausibilityFuelOnElectricMachine = "Plausibility.FuelOnElectricMachine";
    public const string PlausibilityHoursBeyondPeriod = "Plausibility.HoursBeyondPeriod";
    public const string PlausibilityIdleAboveOperating = "Plausibility.IdleAboveOperating";
    public const string PlausibilityIdleHoursMissing = "Plausibility.IdleHoursMissing";
    public const string PlausibilityDeliveriesDifferFromUse = "Plausibility.DeliveriesDifferFromUse";
    public const string PlausibilityDeliveredFuelNotUsed = "Plausibility.DeliveredFuelNotUsed";
    public const string PlausibilityBiofuelWithoutFeedstock = "Plausibility.BiofuelWithoutFeedstock";
    public const string PlausibilityMachineInSeveralReports = "Plausibility.MachineInSeveralReports";
    public const string PlausibilityChargingMayBeCountedTwice = "Plausibility.ChargingMayBeCountedTwice";
}

/// <summary>
/// The texts for <see cref="MessageKeys"/> in bokmål, nynorsk and English, formatted with the reader's culture
/// (decimal comma and thin grouping in Norwegian). Arguments follow the order documented at each key.
/// </summary>
public static class Messages
{
    private sealed record Texts(string Nb, string Nn, string En);

    private static readonly CultureInfo Bokmal = CultureInfo.GetCultureInfo("nb-NO");
    private static readonly CultureInfo Nynorsk = CultureInfo.GetCultureInfo("nn-NO");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private static readonly FrozenDictionary<string, Texts> Catalogue = new Dictionary<string, Texts>
    {
        // {0} the value found
        [MessageKeys.CalculationUnknownCarrier] = new(
            "«{0}» er ikke en kjent energibærer. Velg en verdi fra listen over energibærere.",
            "«{0}» er ikkje ein kjend energiberar. Vel ein verdi frå lista over energiberarar.",
            "“{0}” is not a known energy carrier. Choose a value from the list of energy carriers."),
        // {0} the value found
        [MessageKeys.CalculationNegativeQuantity] = new(
            "Verdien kan ikke være negativ (fant {0:#,0.###}).",
            "Verdien kan ikkje vere negativ (fann {0:#,0.###}).",
            "The value cannot be negative (found {0:#,0.###})."),
        // {0} carrier code, {1} unit code
        [MessageKeys.CalculationUnitNotAllowed] = new(
            "Energibæreren {0} kan ikke rapporteres i {1}.",
            "Energiberaren {0} kan ikkje rapporterast i {1}.",
            "Energy carrier {0} cannot be reported in {1}."),
        // {0} carrier code, {1} unit code
        [MessageKeys.CalculationMissingQuantity] = new(
            "Mengden i {1} mangler. Den må oppgis for energibæreren {0}.",
            "Mengda i {1} manglar. Ho må oppgjevast for energiberaren {0}.",
            "The quantity in {1} is missing. It is required for energy carrier {0}."),
        // {0} carrier code, {1} first unit, {2} second unit
        [MessageKeys.CalculationTwoQuantities] = new(
            "Energibæreren {0} er oppgitt både i {1} og i {2}. Oppgi bare én mengde, så forbruket ikke telles to ganger.",
            "Energiberaren {0} er oppgitt både i {1} og i {2}. Oppgi berre éi mengd, så forbruket ikkje vert talt to gonger.",
            "Energy carrier {0} is given both in {1} and in {2}. Give one quantity only, so that the consumption is not counted twice."),
        // {0} carrier code whose factor was looked up, {1} unit code, {2} factor set key, {3} version
        [MessageKeys.CalculationMissingFactor] = new(
            "Faktorsettet {2} (versjon {3}) har ingen utslippsfaktor for {0} i {1}. Linjen kan ikke beregnes før en faktor er lagt inn.",
            "Faktorsettet {2} (versjon {3}) har ingen utsleppsfaktor for {0} i {1}. Lina kan ikkje reknast ut før ein faktor er lagd inn.",
            "Factor set {2} (version {3}) has no emission factor for {0} in {1}. The line cannot be calculated until a factor is added."),
        // {0} the value found, {1} the largest value accepted
        [MessageKeys.CalculationQuantityTooLarge] = new(
            "{0:#,0} er mer enn noen rapport kan inneholde (høyst {1:#,0}). Kontroller tallet og enheten.",
            "{0:#,0} er meir enn nokon rapport kan innehalde (høgst {1:#,0}). Kontroller talet og eininga.",
            "{0:#,0} is more than any report can hold (at most {1:#,0}). Check the number and its unit."),

        // {0} set key, {1} version
        [MessageKeys.FactorSetPublishedIsImmutable] = new(
            "Versjon {1} av faktorsettet {0} er publisert og kan ikke endres. Lag en ny versjon i stedet.",
            "Versjon {1} av faktorsettet {0} er publisert og kan ikkje endrast. Lag ein ny versjon i staden.",
            "Version {1} of factor set {0} is published and cannot be changed. Create a new version instead."),
        // {0} set key, {1} version
        [MessageKeys.FactorSetIdentityChanged] = new(
            "Navnet og versjonsnummeret til et utkast kan ikke endres (faktorsett {0}, versjon {1}).",
            "Namnet og versjonsnummeret til eit utkast kan ikkje endrast (faktorsett {0}, versjon {1}).",
            "The key and version of a draft cannot be changed (factor set {0}, version {1})."),
        [MessageKeys.FactorSetPublishThroughPublish] = new(
            "Et utkast publiseres med «Publiser», som først kontrollerer alle verdiene.",
            "Eit utkast vert publisert med «Publiser», som først kontrollerer alle verdiane.",
            "A draft is published with “Publish”, which checks every value first."),
        // {0} the key found
        [MessageKeys.FactorSetKeyInvalid] = new(
            "«{0}» kan ikke brukes som navn på et faktorsett. Bruk små bokstaver, tall og bindestrek, for eksempel no-territorial-2021.",
            "«{0}» kan ikkje brukast som namn på eit faktorsett. Bruk små bokstavar, tal og bindestrek, til dømes no-territorial-2021.",
            "“{0}” cannot be used as a factor set key. Use lower-case letters, digits and hyphens, for example no-territorial-2021."),
        // {0} the version found
        [MessageKeys.FactorSetVersionInvalid] = new(
            "Versjonsnummeret må være 1 eller høyere (fant {0}).",
            "Versjonsnummeret må vere 1 eller høgare (fann {0}).",
            "The version number must be 1 or higher (found {0})."),
        // {0} the value found
        [MessageKeys.FactorSetNotPositive] = new(
            "Verdien må være større enn null (fant {0:#,0.######}).",
            "Verdien må vere større enn null (fann {0:#,0.######}).",
            "The value must be greater than zero (found {0:#,0.######})."),
        // {0} the value found
        [MessageKeys.FactorSetNegativeValue] = new(
            "Verdien kan ikke være negativ (fant {0:#,0.######}).",
            "Verdien kan ikkje vere negativ (fann {0:#,0.######}).",
            "The value cannot be negative (found {0:#,0.######})."),
        // {0} the value found, {1} the largest value accepted
        [MessageKeys.FactorSetValueTooLarge] = new(
            "{0:#,0.######} er urimelig høyt for en faktor (høyst {1:#,0}). Kontroller tallet og enheten.",
            "{0:#,0.######} er urimeleg høgt for ein faktor (høgst {1:#,0}). Kontroller talet og eininga.",
            "{0:#,0.######} is implausibly high for a factor (at most {1:#,0}). Check the number and its unit."),
        // {0} the carrier found
        [MessageKeys.FactorSetUnknownCarrier] = new(
            "«{0}» er ikke en kjent energibærer.",
            "«{0}» er ikkje ein kjend energiberar.",
            "“{0}” is not a known energy carrier."),
        // {0} the hybrid carrier code
        [MessageKeys.FactorSetHybridHasNoFactor] = new(
            "Ladbare hybrider har ingen egne faktorer: drivstoffet regnes med faktoren for diesel eller HVO100, strømmen med faktoren for el-batteri. Fjern raden for {0}.",
            "Ladbare hybridar har ingen eigne faktorar: drivstoffet vert rekna med faktoren for diesel eller HVO100, straumen med faktoren for el-batteri. Fjern rada for {0}.",
            "Plug-in hybrids have no factors of their own: their fuel uses the diesel or HVO100 factor, their electricity the el-batteri factor. Remove the row for {0}."),
        // {0} carrier code, {1} unit code
        [MessageKeys.FactorSetUnitNotAllowed] = new(
            "Energibæreren {0} kan ikke ha enheten {1}.",
            "Energiberaren {0} kan ikkje ha eininga {1}.",
            "Energy carrier {0} cannot have the unit {1}."),
        // {0} carrier code, {1} unit code
        [MessageKeys.FactorSetDuplicateFactor] = new(
            "Settet har allerede en faktor for {0} i {1}.",
            "Settet har alt ein faktor for {0} i {1}.",
            "The set already has a factor for {0} in {1}."),
        // {0} the factor's boundary, {1} the set's boundary
        [MessageKeys.FactorSetBoundaryMismatch] = new(
            "Faktoren har en annen systemgrense enn settet. Et sett kan ikke blande territorielle faktorer og livsløpsfaktorer.",
            "Faktoren har ei anna systemgrense enn settet. Eit sett kan ikkje blande territorielle faktorar og livsløpsfaktorar.",
            "The factor has a different boundary from the set. A set cannot mix territorial and life-cycle factors."),
        [MessageKeys.FactorSetSourceRequired] = new(
            "Hver verdi må ha en kilde.",
            "Kvar verdi må ha ei kjelde.",
            "Every value needs a source."),

        // {0} litres per hour, {1} machine type code, {2} weight in tonnes, {3} lowest plausible, {4} highest plausible
        [MessageKeys.PlausibilityFuelRateOutOfRange] = new(
            "{0:#,0.#} liter per driftstime er uvanlig for {1} på {2:#,0.#} tonn (forventet {3:#,0.#}–{4:#,0.#} l/t). Kontroller drivstoff og driftstimer.",
            "{0:#,0.#} liter per driftstime er uvanleg for {1} på {2:#,0.#} tonn (venta {3:#,0.#}–{4:#,0.#} l/t). Kontroller drivstoff og driftstimar.",
            "{0:#,0.#} litres per operating hour is unusual for {1} of {2:#,0.#} t (expected {3:#,0.#}–{4:#,0.#} l/h). Check fuel and operating hours."),
        // {0} litres
        [MessageKeys.PlausibilityFuelWithoutHours] = new(
            "{0:#,0.#} liter drivstoff er rapportert uten driftstimer.",
            "{0:#,0.#} liter drivstoff er rapportert utan driftstimar.",
            "{0:#,0.#} litres of fuel are reported without operating hours."),
        // {0} machine ID, {1} the machine's carrier code, {2} quantity delivered, {3} unit code
        [MessageKeys.PlausibilityFuelOnElectricMachine] = new(
            "Det er levert {2:#,0.#} {3} drivstoff til maskin {0}, som er rapportert som {1}.",
            "Det er levert {2:#,0.#} {3} drivstoff til maskin {0}, som er rapportert som {1}.",
            "{2:#,0.#} {3} of fuel were delivered to machine {0}, which is reported as {1}."),
        // {0} operating hours, {1} days in the line's dates, {2} hours those days hold
        [MessageKeys.PlausibilityHoursBeyondPeriod] = new(
            "{0:#,0.#} driftstimer er mer enn {1} dager rommer ({2:#,0} timer).",
            "{0:#,0.#} driftstimar er meir enn {1} dagar rommar ({2:#,0} timar).",
            "{0:#,0.#} operating hours are more than {1} days hold ({2:#,0} hours)."),
        // {0} idle hours, {1} operating hours
        [MessageKeys.PlausibilityIdleAboveOperating] = new(
            "Tomgangstimene ({0:#,0.#}) er flere enn driftstimene ({1:#,0.#}).",
            "Tomgangstimane ({0:#,0.#}) er fleire enn driftstimane ({1:#,0.#}).",
            "Idle hours ({0:#,0.#}) exceed operating hours ({1:#,0.#})."),
        [MessageKeys.PlausibilityIdleHoursMissing] = new(
            "Tomgang mangler, men datakilden er telematikk, som normalt registrerer tomgang.",
            "Tomgang manglar, men datakjelda er telematikk, som normalt registrerer tomgang.",
            "Idle time is missing, but the data source is telematics, which normally records it."),
        // {0} product code, {1} delivered, {2} used, {3} unit code, {4} difference as a fraction of use
        [MessageKeys.PlausibilityDeliveriesDifferFromUse] = new(
            "Det er levert {1:#,0.#} {3} {0}, mens maskiner, kjøretøy og energilinjer har brukt {2:#,0.#} {3}. Forskjellen er {4:P0}.",
            "Det er levert {1:#,0.#} {3} {0}, medan maskiner, køyretøy og energiliner har brukt {2:#,0.#} {3}. Skilnaden er {4:P0}.",
            "{1:#,0.#} {3} of {0} were delivered, while machines, vehicles and energy lines used {2:#,0.#} {3}: {4:P0} apart."),
        // {0} product code, {1} delivered, {2} unit code
        [MessageKeys.PlausibilityDeliveredFuelNotUsed] = new(
            "Det er levert {1:#,0.#} {2} {0}, men ingen maskin, kjøretøy eller energilinje har rapportert forbruk av {0}.",
            "Det er levert {1:#,0.#} {2} {0}, men ingen maskin, køyretøy eller energiline har rapportert forbruk av {0}.",
            "{1:#,0.#} {2} of {0} were delivered, but no machine, vehicle or energy line reports using {0}."),
        // {0} product code
        [MessageKeys.PlausibilityBiofuelWithoutFeedstock] = new(
            "Leveransen av {0} mangler råstoff. Biodrivstoff og biogass skal dokumenteres med råstoff og bærekraftsbevis.",
            "Leveransen av {0} manglar råstoff. Biodrivstoff og biogass skal dokumenterast med råstoff og berekraftsprov.",
            "The delivery of {0} gives no feedstock. Biofuel and biogas must be documented with feedstock and proof of sustainability."),
        // {0} machine ID, {1} the other supplier's organisation number
        [MessageKeys.PlausibilityMachineInSeveralReports] = new(
            "Maskin {0} er også rapportert av {1} i samme periode. Kontroller at forbruket ikke er rapportert to ganger.",
            "Maskin {0} er òg rapportert av {1} i same periode. Kontroller at forbruket ikkje er rapportert to gonger.",
            "Machine {0} is also reported by {1} for the same period. Check that its consumption is not reported twice."),
        // {0} meter/source ID, {1} kWh
        [MessageKeys.PlausibilityChargingMayBeCountedTwice] = new(
            "Måler {0} viser {1:#,0.#} kWh til lading av maskiner, og maskinlinjene rapporterer også strøm. Kontroller at strømmen ikke er telt to ganger.",
            "Målar {0} viser {1:#,0.#} kWh til lading av maskiner, og maskinlinene rapporterer òg straum. Kontroller at straumen ikkje er talt to gonger.",
            "Meter {0} shows {1:#,0.#} kWh for charging machines, and machine lines also report electricity. Check that it is not counted twice."),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every key that has texts.</summary>
    public static IEnumerable<string> Keys => Catalogue.Keys;

    /// <summary>
    /// The text for a key in the culture's language (<c>nb</c>, <c>nn</c>, <c>en</c> or a full name such as
    /// <c>nn-NO</c>; anything else gets bokmål). An unknown key comes back as itself, so a page never fails on a message.
    /// </summary>
    public static string Text(string key, string? culture, params object?[] args) => Text(key, culture, (IReadOnlyList<object?>)args);

    public static string Text(string key, string? culture, IReadOnlyList<object?> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (!Catalogue.TryGetValue(key, out var texts))
        {
            return key;
        }

        var (template, format) = CultureLanguages.Of(culture) switch
        {
            CultureLanguage.Nynorsk => (texts.Nn, Nynorsk),
            CultureLanguage.English => (texts.En, English),
            _ => (texts.Nb, Bokmal),
        };

        var values = new object?[args.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Unwrap(args[i]);
        }

        return string.Format(format, template, values);
    }

    // Results stored as JSON come back with their arguments as JsonElement; numbers must format as numbers again.
    private static object? Unwrap(object? arg) => arg switch
    {
        JsonElement { ValueKind: JsonValueKind.Number } number => number.GetDecimal(),
        JsonElement { ValueKind: JsonValueKind.String } text => text.GetString(),
        JsonElement element => element.ToString(),
        _ => arg,
    };
}
