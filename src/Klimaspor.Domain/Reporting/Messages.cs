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

    public const string TemplateHeaderNotFound = "Template.HeaderNotFound";
    public const string TemplateColumnMissing = "Template.ColumnMissing";
    public const string TemplateColumnTwice = "Template.ColumnTwice";
    public const string TemplateUnknownColumn = "Template.UnknownColumn";
    public const string TemplateUnknownSheet = "Template.UnknownSheet";
    public const string TemplateSheetTwice = "Template.SheetTwice";
    public const string TemplateReportSheetMissing = "Template.ReportSheetMissing";
    public const string TemplateUnknownReportField = "Template.UnknownReportField";
    public const string TemplateRequired = "Template.Required";
    public const string TemplateRequiredForCarrier = "Template.RequiredForCarrier";
    public const string TemplateNotANumber = "Template.NotANumber";
    public const string TemplateNumberWithUnit = "Template.NumberWithUnit";
    public const string TemplateNumberWithUnitInUnitColumn = "Template.NumberWithUnitInUnitColumn";
    public const string TemplateNotAWholeNumber = "Template.NotAWholeNumber";
    public const string TemplateNegative = "Template.Negative";
    public const string TemplateNotPositive = "Template.NotPositive";
    public const string TemplateNotADate = "Template.NotADate";
    public const string TemplateDateOutsidePeriod = "Template.DateOutsidePeriod";
    public const string TemplateToBeforeFrom = "Template.ToBeforeFrom";
    public const string TemplateHoursBeyondDays = "Template.HoursBeyondDays";
    public const string TemplateInvalidOrganisationNumber = "Template.InvalidOrganisationNumber";
    public const string TemplateCodeNotInList = "Template.CodeNotInList";
    public const string TemplateProductNotFuel = "Template.ProductNotFuel";
    public const string TemplateUnitNotInList = "Template.UnitNotInList";
    public const string TemplateTextTooLong = "Template.TextTooLong";
    public const string TemplateRegistrationNumberInvalid = "Template.RegistrationNumberInvalid";
    public const string TemplatePeriodInvalid = "Template.PeriodInvalid";
    public const string TemplatePeriodMismatch = "Template.PeriodMismatch";
    public const string TemplateVersionUnsupported = "Template.VersionUnsupported";
    public const string TemplateCsvQuoteNotClosed = "Template.CsvQuoteNotClosed";

    public const string WorkbookNotAWorkbook = "Workbook.NotAWorkbook";
    public const string WorkbookLegacyFormat = "Workbook.LegacyFormat";
    public const string WorkbookMacroEnabled = "Workbook.MacroEnabled";
    public const string WorkbookEncrypted = "Workbook.Encrypted";
    public const string WorkbookFileTooLarge = "Workbook.FileTooLarge";
    public const string WorkbookUnpacksTooLarge = "Workbook.UnpacksTooLarge";
    public const string WorkbookCompressionRatio = "Workbook.CompressionRatio";
    public const string WorkbookTooManyParts = "Workbook.TooManyParts";
    public const string WorkbookTooManyRows = "Workbook.TooManyRows";
    public const string WorkbookTooManyColumns = "Workbook.TooManyColumns";
    public const string WorkbookDocumentTypeDeclaration = "Workbook.DocumentTypeDeclaration";
    public const string WorkbookCorrupt = "Workbook.Corrupt";
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

        // Template (the report template's reader). Column messages get the Norwegian header as {0} and the English as
        // {1}, so each language names the column as the reader's sheet does.

        // {0} sheet name
        [MessageKeys.TemplateHeaderNotFound] = new(
            "Fant ingen overskriftsrad i arket {0}. Ta med raden med kolonnenavnene fra malen.",
            "Fann inga overskriftsrad i arket {0}. Ta med rada med kolonnenamna frå malen.",
            "No header row was found on sheet {0}. Include the row with the template's column names."),
        // {0} Norwegian header, {1} English header
        [MessageKeys.TemplateColumnMissing] = new(
            "Kolonnen «{0}» mangler. Den er påkrevd.",
            "Kolonna «{0}» manglar. Ho er påkravd.",
            "Column “{1}” is missing. It is required."),
        // {0} Norwegian header, {1} English header
        [MessageKeys.TemplateColumnTwice] = new(
            "Kolonnen «{0}» finnes mer enn én gang. Fjern den ene, så det ikke er tvil om hvilken som gjelder.",
            "Kolonna «{0}» finst meir enn éin gong. Fjern den eine, så det ikkje er tvil om kva for ei som gjeld.",
            "Column “{1}” appears more than once. Remove one, so that it is clear which one counts."),
        // {0} the header found
        [MessageKeys.TemplateUnknownColumn] = new(
            "Kolonnen «{0}» er ikke en del av malen og er ikke lest inn.",
            "Kolonna «{0}» er ikkje ein del av malen og er ikkje lesen inn.",
            "Column “{0}” is not part of the template and was not read."),
        // {0} the sheet name found
        [MessageKeys.TemplateUnknownSheet] = new(
            "Arket «{0}» er ikke en del av malen og er ikke lest inn.",
            "Arket «{0}» er ikkje ein del av malen og er ikkje lese inn.",
            "Sheet “{0}” is not part of the template and was not read."),
        // {0} sheet name
        [MessageKeys.TemplateSheetTwice] = new(
            "Arket {0} finnes mer enn én gang.",
            "Arket {0} finst meir enn éin gong.",
            "Sheet {0} appears more than once."),
        [MessageKeys.TemplateReportSheetMissing] = new(
            "Arket Rapport mangler. Det oppgir kontrakt, leverandør og periode.",
            "Arket Rapport manglar. Det oppgjev kontrakt, leverandør og periode.",
            "The sheet Rapport is missing. It gives the contract, the supplier and the period."),
        // {0} the label found
        [MessageKeys.TemplateUnknownReportField] = new(
            "Raden «{0}» er ikke en del av malen og er ikke lest inn.",
            "Rada «{0}» er ikkje ein del av malen og er ikkje lesen inn.",
            "Row “{0}” is not part of the template and was not read."),
        // {0} Norwegian header, {1} English header
        [MessageKeys.TemplateRequired] = new(
            "«{0}» må fylles ut.",
            "«{0}» må fyllast ut.",
            "“{1}” is required."),
        // {0} Norwegian header, {1} English header, {2} carrier code
        [MessageKeys.TemplateRequiredForCarrier] = new(
            "«{0}» må fylles ut for energibæreren {2}.",
            "«{0}» må fyllast ut for energiberaren {2}.",
            "“{1}” is required for energy carrier {2}."),
        // {0} the value found
        [MessageKeys.TemplateNotANumber] = new(
            "«{0}» er ikke et tall. Skriv tallet med desimalkomma, for eksempel 1 234,5.",
            "«{0}» er ikkje eit tal. Skriv talet med desimalkomma, til dømes 1 234,5.",
            "“{0}” is not a number. Write the number with a decimal point or comma, for example 1234.5."),
        // {0} the value found, {1} the column's unit
        [MessageKeys.TemplateNumberWithUnit] = new(
            "«{0}»: skriv bare tallet, uten enhet. Kolonnen er i {1}.",
            "«{0}»: skriv berre talet, utan eining. Kolonna er i {1}.",
            "“{0}”: write the number only, without a unit. The column is in {1}."),
        // {0} the value found
        [MessageKeys.TemplateNumberWithUnitInUnitColumn] = new(
            "«{0}»: skriv bare tallet her, og enheten i kolonnen Enhet.",
            "«{0}»: skriv berre talet her, og eininga i kolonna Enhet.",
            "“{0}”: write the number only here, and the unit in the column Unit."),
        // {0} the value found
        [MessageKeys.TemplateNotAWholeNumber] = new(
            "«{0}» er ikke et helt tall.",
            "«{0}» er ikkje eit heilt tal.",
            "“{0}” is not a whole number."),
        // {0} the number found
        [MessageKeys.TemplateNegative] = new(
            "Verdien kan ikke være negativ (fant {0:#,0.###}).",
            "Verdien kan ikkje vere negativ (fann {0:#,0.###}).",
            "The value cannot be negative (found {0:#,0.###})."),
        // {0} the number found
        [MessageKeys.TemplateNotPositive] = new(
            "Verdien må være større enn 0 (fant {0:#,0.###}).",
            "Verdien må vere større enn 0 (fann {0:#,0.###}).",
            "The value must be greater than 0 (found {0:#,0.###})."),
        // {0} the value found
        [MessageKeys.TemplateNotADate] = new(
            "«{0}» er ikke en dato. Skriv datoen som dd.mm.åååå, for eksempel 01.03.2025.",
            "«{0}» er ikkje ein dato. Skriv datoen som dd.mm.åååå, til dømes 01.03.2025.",
            "“{0}” is not a date. Write the date as dd.mm.yyyy or yyyy-mm-dd, for example 01.03.2025."),
        // {0} the date, {1} the period's first day, {2} its last day
        [MessageKeys.TemplateDateOutsidePeriod] = new(
            "Datoen {0} er utenfor rapporteringsperioden {1}–{2}.",
            "Datoen {0} er utanfor rapporteringsperioden {1}–{2}.",
            "The date {0} is outside the reporting period {1}–{2}."),
        // {0} the to date, {1} the from date
        [MessageKeys.TemplateToBeforeFrom] = new(
            "Til-datoen {0} er før fra-datoen {1}.",
            "Til-datoen {0} er før frå-datoen {1}.",
            "The to date {0} is before the from date {1}."),
        // {0} operating hours, {1} days from the from date to the to date, {2} hours those days hold
        [MessageKeys.TemplateHoursBeyondDays] = new(
            "{0:#,0.#} driftstimer er flere enn {1} dager rommer ({2:#,0} timer).",
            "{0:#,0.#} driftstimar er fleire enn {1} dagar rommar ({2:#,0} timar).",
            "{0:#,0.#} operating hours are more than {1} days hold ({2:#,0} hours)."),
        // {0} the value found
        [MessageKeys.TemplateInvalidOrganisationNumber] = new(
            "«{0}» er ikke et gyldig organisasjonsnummer. Det har 9 siffer, og det siste er et kontrollsiffer.",
            "«{0}» er ikkje eit gyldig organisasjonsnummer. Det har 9 siffer, og det siste er eit kontrollsiffer.",
            "“{0}” is not a valid organisation number: 9 digits, the last a check digit."),
        // {0} the value found, {1} Norwegian header, {2} English header
        [MessageKeys.TemplateCodeNotInList] = new(
            "«{0}» finnes ikke i listen for «{1}». Velg en verdi fra listen.",
            "«{0}» finst ikkje i lista for «{1}». Vel ein verdi frå lista.",
            "“{0}” is not in the list for “{2}”. Choose a value from the list."),
        // {0} carrier code
        [MessageKeys.TemplateProductNotFuel] = new(
            "{0} er ikke et drivstoff. En drivstoffleveranse er flytende drivstoff eller gass.",
            "{0} er ikkje eit drivstoff. Ein drivstoffleveranse er flytande drivstoff eller gass.",
            "{0} is not a fuel. A fuel delivery is a liquid fuel or a gas."),
        // {0} the value found, {1} the units allowed, comma-separated
        [MessageKeys.TemplateUnitNotInList] = new(
            "«{0}» er ikke en enhet som kan brukes her. Bruk {1}.",
            "«{0}» er ikkje ei eining som kan brukast her. Bruk {1}.",
            "“{0}” is not a unit that can be used here. Use {1}."),
        // {0} the longest allowed, {1} the length found
        [MessageKeys.TemplateTextTooLong] = new(
            "Teksten er for lang: {1} tegn, høyst {0} er tillatt.",
            "Teksten er for lang: {1} teikn, høgst {0} er tillate.",
            "The text is too long: {1} characters, at most {0} allowed."),
        // {0} the value found
        [MessageKeys.TemplateRegistrationNumberInvalid] = new(
            "«{0}» er ikke et registreringsnummer. Bruk bare bokstaver og tall, for eksempel EL 12345.",
            "«{0}» er ikkje eit registreringsnummer. Bruk berre bokstavar og tal, til dømes EL 12345.",
            "“{0}” is not a registration number. Use letters and digits only, for example EL 12345."),
        // {0} the value found
        [MessageKeys.TemplatePeriodInvalid] = new(
            "«{0}» er ikke en periode. Skriv den som åååå-mm, for eksempel 2025-03.",
            "«{0}» er ikkje ein periode. Skriv han som åååå-mm, til dømes 2025-03.",
            "“{0}” is not a period. Write it as yyyy-mm, for example 2025-03."),
        // {0} the file's period, {1} the period expected
        [MessageKeys.TemplatePeriodMismatch] = new(
            "Filen gjelder perioden {0}, men rapporten gjelder {1}.",
            "Fila gjeld perioden {0}, men rapporten gjeld {1}.",
            "The file is for the period {0}, but the report is for {1}."),
        // {0} the version found, {1} the version read
        [MessageKeys.TemplateVersionUnsupported] = new(
            "Malversjon {0} kan ikke leses. Last ned malen på nytt (versjon {1}).",
            "Malversjon {0} kan ikkje lesast. Last ned malen på nytt (versjon {1}).",
            "Template version {0} cannot be read. Download the template again (version {1})."),
        // {0} the row the quoted field starts on
        [MessageKeys.TemplateCsvQuoteNotClosed] = new(
            "Et felt i anførselstegn som starter på rad {0}, slutter aldri. Kontroller anførselstegnene i filen.",
            "Eit felt i hermeteikn som startar på rad {0}, sluttar aldri. Kontroller hermeteikna i fila.",
            "A quoted field starting on row {0} never ends. Check the quotation marks in the file."),

        // Workbook (an uploaded .xlsx, refused before its cells are read).

        [MessageKeys.WorkbookNotAWorkbook] = new(
            "Filen er ikke en Excel-arbeidsbok (.xlsx). Lagre den som Excel-arbeidsbok (.xlsx) og last den opp på nytt, eller last opp CSV-filer.",
            "Fila er ikkje ei Excel-arbeidsbok (.xlsx). Lagre ho som Excel-arbeidsbok (.xlsx) og last ho opp på nytt, eller last opp CSV-filer.",
            "The file is not an Excel workbook (.xlsx). Save it as an Excel workbook (.xlsx) and upload it again, or upload CSV files."),
        [MessageKeys.WorkbookLegacyFormat] = new(
            "Filen er i det gamle Excel-formatet (.xls). Åpne den i Excel, lagre den som Excel-arbeidsbok (.xlsx) og last den opp på nytt.",
            "Fila er i det gamle Excel-formatet (.xls). Opne ho i Excel, lagre ho som Excel-arbeidsbok (.xlsx) og last ho opp på nytt.",
            "The file is in the old Excel format (.xls). Open it in Excel, save it as an Excel workbook (.xlsx) and upload it again."),
        [MessageKeys.WorkbookMacroEnabled] = new(
            "Arbeidsboken inneholder makroer og tas ikke imot. Lagre den som Excel-arbeidsbok uten makroer (.xlsx) og last den opp på nytt.",
            "Arbeidsboka inneheld makroar og vert ikkje teken imot. Lagre ho som Excel-arbeidsbok utan makroar (.xlsx) og last ho opp på nytt.",
            "The workbook contains macros and is not accepted. Save it as an Excel workbook without macros (.xlsx) and upload it again."),
        [MessageKeys.WorkbookEncrypted] = new(
            "Arbeidsboken er beskyttet med passord og kan ikke leses. Fjern passordet i Excel og last den opp på nytt.",
            "Arbeidsboka er verna med passord og kan ikkje lesast. Fjern passordet i Excel og last ho opp på nytt.",
            "The workbook is password-protected and cannot be read. Remove the password in Excel and upload it again."),
        // {0} the largest file accepted, in MB
        [MessageKeys.WorkbookFileTooLarge] = new(
            "Filen er større enn {0:#,0} MB, som er det meste som tas imot. Del rapporten, eller fjern det som ikke hører til malen.",
            "Fila er større enn {0:#,0} MB, som er det meste som vert teke imot. Del rapporten, eller fjern det som ikkje høyrer til malen.",
            "The file is larger than {0:#,0} MB, the most accepted. Split the report, or remove what is not part of the template."),
        // {0} the most a workbook may unpack to, in MB
        [MessageKeys.WorkbookUnpacksTooLarge] = new(
            "Arbeidsboken pakkes ut til mer enn {0:#,0} MB og leses ikke. Fjern bilder og ark som ikke hører til malen, og last den opp på nytt.",
            "Arbeidsboka vert pakka ut til meir enn {0:#,0} MB og vert ikkje lesen. Fjern bilete og ark som ikkje høyrer til malen, og last ho opp på nytt.",
            "The workbook unpacks to more than {0:#,0} MB and is not read. Remove pictures and sheets that are not part of the template, and upload it again."),
        // {0} the highest compression ratio accepted
        [MessageKeys.WorkbookCompressionRatio] = new(
            "Arbeidsboken er pakket uvanlig tett (mer enn {0:#,0}:1) og leses ikke, fordi slike filer kan lamme tjenesten. Åpne den i Excel, lagre den på nytt og last den opp igjen.",
            "Arbeidsboka er pakka uvanleg tett (meir enn {0:#,0}:1) og vert ikkje lesen, fordi slike filer kan lamme tenesta. Opne ho i Excel, lagre ho på nytt og last ho opp att.",
            "The workbook is packed unusually tightly (more than {0:#,0}:1) and is not read, as such files can overload the service. Open it in Excel, save it again and upload it again."),
        // {0} the most parts accepted
        [MessageKeys.WorkbookTooManyParts] = new(
            "Arbeidsboken består av mer enn {0:#,0} deler og leses ikke. Fjern det som ikke hører til malen.",
            "Arbeidsboka består av meir enn {0:#,0} delar og vert ikkje lesen. Fjern det som ikkje høyrer til malen.",
            "The workbook consists of more than {0:#,0} parts and is not read. Remove what is not part of the template."),
        // {0} sheet name, {1} the last row read
        [MessageKeys.WorkbookTooManyRows] = new(
            "Arket {0} har data lenger ned enn rad {1:#,0}, som er det meste som leses. Del rapporten.",
            "Arket {0} har data lenger ned enn rad {1:#,0}, som er det meste som vert lese. Del rapporten.",
            "Sheet {0} has data below row {1:#,0}, the most that is read. Split the report."),
        // {0} sheet name, {1} the last column read
        [MessageKeys.WorkbookTooManyColumns] = new(
            "Arket {0} har data lenger til høyre enn kolonne {1:#,0}, som er det meste som leses. Fjern kolonner som ikke hører til malen.",
            "Arket {0} har data lenger til høgre enn kolonne {1:#,0}, som er det meste som vert lese. Fjern kolonner som ikkje høyrer til malen.",
            "Sheet {0} has data beyond column {1:#,0}, the most that is read. Remove columns that are not part of the template."),
        // {0} the part's name in the package
        [MessageKeys.WorkbookDocumentTypeDeclaration] = new(
            "Delen {0} i arbeidsboken har en dokumenttypedeklarasjon (DTD). Excel lager ikke slike, og av sikkerhetshensyn leses ikke filen.",
            "Delen {0} i arbeidsboka har ein dokumenttypedeklarasjon (DTD). Excel lagar ikkje slike, og av tryggleiksomsyn vert ikkje fila lesen.",
            "Part {0} of the workbook has a document type declaration (DTD). Excel does not make those, and for security the file is not read."),
        [MessageKeys.WorkbookCorrupt] = new(
            "Arbeidsboken er skadet og kan ikke leses. Åpne den i Excel, lagre den på nytt og last den opp igjen.",
            "Arbeidsboka er skadd og kan ikkje lesast. Opne ho i Excel, lagre ho på nytt og last ho opp att.",
            "The workbook is damaged and cannot be read. Open it in Excel, save it again and upload it again."),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every key that has texts, the requirement engine's included.</summary>
    public static IEnumerable<string> Keys => Catalogue.Keys.Concat(Requirements.RequirementMessages.Keys);

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
            if (!Requirements.RequirementMessages.TryGet(key, out var requirementTexts))
            {
                return key;
            }

            texts = new Texts(requirementTexts.Nb, requirementTexts.Nn, requirementTexts.En);
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
