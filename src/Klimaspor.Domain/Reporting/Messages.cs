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
    public const string PlausibilityIdleHoursMissing = "Plausibility.IdleHoursMissing";
    public const string PlausibilityDeliveriesDifferFromUse = "Plausibility.DeliveriesDifferFromUse";
    public const string PlausibilityDeliveredFuelNotUsed = "Plausibility.DeliveredFuelNotUsed";
    public const string PlausibilityBiofuelWithoutFeedstock = "Plausibility.BiofuelWithoutFeedstock";
    public const string PlausibilityMachineInSeveralReports = "Plausibility.MachineInSeveralReports";
    public const string PlausibilityChargingMayBeCountedTwice = "Plausibility.ChargingMayBeCountedTwice";

    // Sanctions and bonuses: the arithmetic of a proposal, and the checks on a sanction's configuration.
    public const string SanctionFixedPerPeriod = "Sanction.FixedPerPeriod";
    public const string SanctionFixedCumulative = "Sanction.FixedCumulative";
    public const string SanctionFixedWholeContract = "Sanction.FixedWholeContract";
    public const string SanctionShortfall = "Sanction.Shortfall";
    public const string SanctionShortfallMachineDays = "Sanction.ShortfallMachineDays";
    public const string SanctionShortfallPercentagePoints = "Sanction.ShortfallPercentagePoints";
    public const string SanctionShortfallPeriods = "Sanction.ShortfallPeriods";
    public const string SanctionPerUnit = "Sanction.PerUnit";
    public const string SanctionCumulativeToDate = "Sanction.CumulativeToDate";
    public const string SanctionClimateResult = "Sanction.ClimateResult";
    public const string SanctionClimateResultNok = "Sanction.ClimateResultNok";
    public const string SanctionBonusShare = "Sanction.BonusShare";
    public const string SanctionNoBonusOverBudget = "Sanction.NoBonusOverBudget";
    public const string SanctionPriceAdvantage = "Sanction.PriceAdvantage";
    public const string SanctionPromiseMissed = "Sanction.PromiseMissed";
    public const string SanctionCapped = "Sanction.Capped";
    public const string SanctionProposedPenalty = "Sanction.ProposedPenalty";
    public const string SanctionProposedBonus = "Sanction.ProposedBonus";
    public const string SanctionUnknownKind = "Sanction.UnknownKind";
    public const string SanctionAmountNotPositive = "Sanction.AmountNotPositive";
    public const string SanctionNotPositive = "Sanction.NotPositive";
    public const string SanctionTooLarge = "Sanction.TooLarge";
    public const string SanctionRequiredForBonus = "Sanction.RequiredForBonus";
    public const string SanctionRequiredForPromise = "Sanction.RequiredForPromise";
    public const string SanctionBonusRateRange = "Sanction.BonusRateRange";
    public const string SanctionEvaluatedNotBelowBid = "Sanction.EvaluatedNotBelowBid";
    public const string SanctionNeedsContractWindow = "Sanction.NeedsContractWindow";
    public const string SanctionPromiseNeedsPromise = "Sanction.PromiseNeedsPromise";
    public const string SanctionBonusNeedsAtMost = "Sanction.BonusNeedsAtMost";

    // Forecast at completion of a cumulative or whole-contract requirement.
    public const string ForecastNothingReported = "Forecast.NothingReported";
    public const string ForecastNoBase = "Forecast.NoBase";
    public const string ForecastCountNotProjected = "Forecast.CountNotProjected";
    public const string ForecastLateNotProjected = "Forecast.LateNotProjected";
    public const string ForecastReported = "Forecast.Reported";
    public const string ForecastOverdueCounted = "Forecast.OverdueCounted";
    public const string ForecastFinal = "Forecast.Final";
    public const string ForecastSumRate = "Forecast.SumRate";
    public const string ForecastSumProjectedAtMost = "Forecast.SumProjectedAtMost";
    public const string ForecastSumProjectedAtLeast = "Forecast.SumProjectedAtLeast";
    public const string ForecastShareSoFar = "Forecast.ShareSoFar";
    public const string ForecastShareProjectedAtMost = "Forecast.ShareProjectedAtMost";
    public const string ForecastShareProjectedAtLeast = "Forecast.ShareProjectedAtLeast";
    public const string ForecastNeededSumAtMost = "Forecast.NeededSumAtMost";
    public const string ForecastNeededSumAtLeast = "Forecast.NeededSumAtLeast";
    public const string ForecastNeededShareAtMost = "Forecast.NeededShareAtMost";
    public const string ForecastNeededShareAtLeast = "Forecast.NeededShareAtLeast";
    public const string ForecastOutOfReachAtMost = "Forecast.OutOfReachAtMost";
    public const string ForecastOutOfReachAtLeast = "Forecast.OutOfReachAtLeast";
    public const string ForecastAlreadySecured = "Forecast.AlreadySecured";
    public const string ForecastHeadingForFailure = "Forecast.HeadingForFailure";
    public const string ForecastOnCourse = "Forecast.OnCourse";

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
    public const string TemplateUnitNotForCarrier = "Template.UnitNotForCarrier";
    public const string TemplateIdleAboveOperating = "Template.IdleAboveOperating";
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

    public const string ZipNotAZip = "Zip.NotAZip";
    public const string ZipTooManyEntries = "Zip.TooManyEntries";
    public const string ZipUnpacksTooLarge = "Zip.UnpacksTooLarge";
    public const string ZipCompressionRatio = "Zip.CompressionRatio";
    public const string ZipNestedArchive = "Zip.NestedArchive";
    public const string ZipUnsafeName = "Zip.UnsafeName";
    public const string ZipEntryNotCsv = "Zip.EntryNotCsv";
    public const string ZipNoCsv = "Zip.NoCsv";
    public const string ZipCorrupt = "Zip.Corrupt";
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

        // Sanctions and bonuses (domain README, "Sanctions and bonus"). Amounts are kroner; shares come as percentages
        // (0.9 is passed as 90). A unit suffix argument is either empty or a non-breaking space and a symbol every
        // language writes alike (" kg CO2e", " l", " kWh").

        // {0} period (yyyy-mm), {1} NOK per period
        [MessageKeys.SanctionFixedPerPeriod] = new(
            "Kravet er ikke oppfylt for perioden {0}: et fast beløp på {1:#,0.##} kr per periode som ikke er oppfylt.",
            "Kravet er ikkje oppfylt for perioden {0}: eit fast beløp på {1:#,0.##} kr per periode som ikkje er oppfylt.",
            "The requirement is not met for the period {0}: a fixed amount of NOK {1:#,0.##} per period not met."),
        // {0} last period counted (yyyy-mm), {1} NOK per period
        [MessageKeys.SanctionFixedCumulative] = new(
            "Kravet er ikke oppfylt regnet fra kontraktens start til og med {0}: et fast beløp på {1:#,0.##} kr per periode som ikke er oppfylt.",
            "Kravet er ikkje oppfylt rekna frå starten av kontrakten til og med {0}: eit fast beløp på {1:#,0.##} kr per periode som ikkje er oppfylt.",
            "The requirement is not met counted from the start of the contract to {0} inclusive: a fixed amount of NOK {1:#,0.##} per period not met."),
        // {0} NOK
        [MessageKeys.SanctionFixedWholeContract] = new(
            "Kravet er ikke oppfylt for kontrakten som helhet: et fast beløp på {0:#,0.##} kr.",
            "Kravet er ikkje oppfylt for kontrakten som heilskap: eit fast beløp på {0:#,0.##} kr.",
            "The requirement is not met for the contract as a whole: a fixed amount of NOK {0:#,0.##}."),
        // {0} measured, {1} threshold applied, {2} shortfall, {3} unit suffix
        [MessageKeys.SanctionShortfall] = new(
            "Målt {0:#,0.##}{3} mot kravet {1:#,0.##}{3}: et avvik på {2:#,0.##}{3}.",
            "Målt {0:#,0.##}{3} mot kravet {1:#,0.##}{3}: eit avvik på {2:#,0.##}{3}.",
            "Measured {0:#,0.##}{3} against the requirement of {1:#,0.##}{3}: a shortfall of {2:#,0.##}{3}."),
        // {0} measured machine-days, {1} threshold applied, {2} machine-days beyond it
        [MessageKeys.SanctionShortfallMachineDays] = new(
            "Målt {0:#,0.##} maskindøgn mot kravet {1:#,0.##}: {2:#,0.##} maskindøgn utenfor kravet.",
            "Målt {0:#,0.##} maskindøgn mot kravet {1:#,0.##}: {2:#,0.##} maskindøgn utanfor kravet.",
            "Measured {0:#,0.##} machine-days against the requirement of {1:#,0.##}: {2:#,0.##} machine-days beyond the requirement."),
        // {0} measured %, {1} threshold applied %, {2} percentage points between them
        [MessageKeys.SanctionShortfallPercentagePoints] = new(
            "Målt {0:0.##} % mot kravet {1:0.##} %: et avvik på {2:0.##} prosentpoeng.",
            "Målt {0:0.##} % mot kravet {1:0.##} %: eit avvik på {2:0.##} prosentpoeng.",
            "Measured {0:0.##}% against the requirement of {1:0.##}%: a shortfall of {2:0.##} percentage points."),
        // {0} periods reported late, {1} threshold applied, {2} periods beyond it
        [MessageKeys.SanctionShortfallPeriods] = new(
            "{0:#,0} perioder rapportert for sent mot kravet {1:#,0}: {2:#,0} for mange.",
            "{0:#,0} periodar rapporterte for seint mot kravet {1:#,0}: {2:#,0} for mange.",
            "{0:#,0} periods reported late against the requirement of {1:#,0}: {2:#,0} too many."),
        // {0} units of shortfall, {1} NOK per unit, {2} NOK
        [MessageKeys.SanctionPerUnit] = new(
            "{0:#,0.##} × {1:#,0.##} kr = {2:#,0.##} kr.",
            "{0:#,0.##} × {1:#,0.##} kr = {2:#,0.##} kr.",
            "{0:#,0.##} × NOK {1:#,0.##} = NOK {2:#,0.##}."),
        // {0} last period counted (yyyy-mm)
        [MessageKeys.SanctionCumulativeToDate] = new(
            "Avviket er regnet fra kontraktens start til og med {0} og erstatter tidligere forslag for dette kravet.",
            "Avviket er rekna frå starten av kontrakten til og med {0} og erstattar tidlegare forslag for dette kravet.",
            "The shortfall is counted from the start of the contract to {0} inclusive and replaces earlier proposals for this requirement."),
        // {0} climate budget, {1} measured, {2} % under budget, {3} unit suffix
        [MessageKeys.SanctionClimateResult] = new(
            "Klimabudsjettet er {0:#,0.##}{3}, og målt er {1:#,0.##}{3}: {2:0.##} % under budsjettet.",
            "Klimabudsjettet er {0:#,0.##}{3}, og målt er {1:#,0.##}{3}: {2:0.##} % under budsjettet.",
            "The climate budget is {0:#,0.##}{3} and {1:#,0.##}{3} was measured: {2:0.##}% under budget."),
        // {0} % under budget, {1} contract value NOK, {2} climate result NOK
        [MessageKeys.SanctionClimateResultNok] = new(
            "Klimaresultatet er {0:0.##} % av kontraktsverdien på {1:#,0.##} kr = {2:#,0.##} kr.",
            "Klimaresultatet er {0:0.##} % av kontraktsverdien på {1:#,0.##} kr = {2:#,0.##} kr.",
            "The climate result is {0:0.##}% of the contract value of NOK {1:#,0.##} = NOK {2:#,0.##}."),
        // {0} bonus rate %, {1} climate result NOK, {2} bonus NOK
        [MessageKeys.SanctionBonusShare] = new(
            "Bonusen er {0:0.##} % av klimaresultatet: {0:0.##} % × {1:#,0.##} kr = {2:#,0.##} kr.",
            "Bonusen er {0:0.##} % av klimaresultatet: {0:0.##} % × {1:#,0.##} kr = {2:#,0.##} kr.",
            "The bonus is {0:0.##}% of the climate result: {0:0.##}% × NOK {1:#,0.##} = NOK {2:#,0.##}."),
        // {0} climate budget, {1} measured, {2} unit suffix
        [MessageKeys.SanctionNoBonusOverBudget] = new(
            "Klimabudsjettet er {0:#,0.##}{2}, og målt er {1:#,0.##}{2}: ikke under budsjettet, så det blir ingen bonus. Bonusen er ingen sanksjon og blir aldri negativ.",
            "Klimabudsjettet er {0:#,0.##}{2}, og målt er {1:#,0.##}{2}: ikkje under budsjettet, så det blir ingen bonus. Bonusen er ingen sanksjon og blir aldri negativ.",
            "The climate budget is {0:#,0.##}{2} and {1:#,0.##}{2} was measured: not under budget, so there is no bonus. The bonus is not a penalty and is never negative."),
        // {0} bid price NOK, {1} evaluated price NOK, {2} price advantage NOK
        [MessageKeys.SanctionPriceAdvantage] = new(
            "Tilbudet på {0:#,0.##} kr ble evaluert som {1:#,0.##} kr på grunn av den tilbudte verdien: en prisfordel på {2:#,0.##} kr.",
            "Tilbodet på {0:#,0.##} kr vart evaluert som {1:#,0.##} kr på grunn av den tilbodne verdien: ein prisfordel på {2:#,0.##} kr.",
            "The bid of NOK {0:#,0.##} was evaluated as NOK {1:#,0.##} because of the promise: a price advantage of NOK {2:#,0.##}."),
        // {0} multiple, {1} price advantage NOK, {2} NOK
        [MessageKeys.SanctionPromiseMissed] = new(
            "Den tilbudte verdien er ikke oppnådd: {0:0.##} × {1:#,0.##} kr = {2:#,0.##} kr.",
            "Den tilbodne verdien er ikkje oppnådd: {0:0.##} × {1:#,0.##} kr = {2:#,0.##} kr.",
            "The promised level was not reached: {0:0.##} × NOK {1:#,0.##} = NOK {2:#,0.##}."),
        // {0} NOK before the cap, {1} the cap NOK
        [MessageKeys.SanctionCapped] = new(
            "Beløpet på {0:#,0.##} kr er begrenset til taket på {1:#,0.##} kr.",
            "Beløpet på {0:#,0.##} kr er avgrensa til taket på {1:#,0.##} kr.",
            "The amount of NOK {0:#,0.##} is capped at NOK {1:#,0.##}."),
        // {0} NOK
        [MessageKeys.SanctionProposedPenalty] = new(
            "Foreslått sanksjon: {0:#,0} kr, avrundet til hele kroner.",
            "Føreslått sanksjon: {0:#,0} kr, avrunda til heile kroner.",
            "Proposed penalty: NOK {0:#,0}, rounded to whole kroner."),
        // {0} NOK
        [MessageKeys.SanctionProposedBonus] = new(
            "Foreslått bonus: {0:#,0} kr, avrundet til hele kroner.",
            "Føreslått bonus: {0:#,0} kr, avrunda til heile kroner.",
            "Proposed bonus: NOK {0:#,0}, rounded to whole kroner."),
        // {0} the value found
        [MessageKeys.SanctionUnknownKind] = new(
            "«{0}» er ikke en kjent type sanksjon. Velg fast beløp per periode, beløp per enhet avvik, klimabonus eller sanksjon for tilbudt verdi som ikke er oppnådd.",
            "«{0}» er ikkje ein kjend type sanksjon. Vel fast beløp per periode, beløp per eining avvik, klimabonus eller sanksjon for tilboden verdi som ikkje er oppnådd.",
            "“{0}” is not a known kind of sanction. Choose a fixed amount per period, an amount per unit of shortfall, a climate bonus or a sanction for a missed promise."),
        // {0} the value found
        [MessageKeys.SanctionAmountNotPositive] = new(
            "Oppgi et beløp i kroner som er større enn 0 (fant {0:#,0.##}).",
            "Oppgi eit beløp i kroner som er større enn 0 (fann {0:#,0.##}).",
            "Give an amount in kroner greater than 0 (found {0:#,0.##})."),
        // {0} the value found
        [MessageKeys.SanctionNotPositive] = new(
            "Verdien må være større enn 0 (fant {0:#,0.##}).",
            "Verdien må vere større enn 0 (fann {0:#,0.##}).",
            "The value must be greater than 0 (found {0:#,0.##})."),
        // {0} the value found, {1} the largest value accepted
        [MessageKeys.SanctionTooLarge] = new(
            "{0:#,0.##} er mer enn noen kontrakt trenger (høyst {1:#,0}). Kontroller tallet.",
            "{0:#,0.##} er meir enn nokon kontrakt treng (høgst {1:#,0}). Kontroller talet.",
            "{0:#,0.##} is more than any contract needs (at most {1:#,0}). Check the figure."),
        [MessageKeys.SanctionRequiredForBonus] = new(
            "Fyll ut feltet: klimabonusen regnes ut fra bonusandelen og klimabudsjettet.",
            "Fyll ut feltet: klimabonusen vert rekna ut frå bonusdelen og klimabudsjettet.",
            "Fill in this field: the climate bonus is worked out from the bonus rate and the climate budget."),
        [MessageKeys.SanctionRequiredForPromise] = new(
            "Fyll ut feltet: sanksjonen for tilbudt verdi som ikke er oppnådd, regnes ut fra tilbudt pris, evaluert pris og multiplikatoren.",
            "Fyll ut feltet: sanksjonen for tilboden verdi som ikkje er oppnådd, vert rekna ut frå tilbydd pris, evaluert pris og multiplikatoren.",
            "Fill in this field: the sanction for a missed promise is worked out from the bid price, the evaluated price and the multiple."),
        // {0} the rate found, as a percentage
        [MessageKeys.SanctionBonusRateRange] = new(
            "Bonusandelen må være over 0 % og høyst 100 % (fant {0:0.##} %).",
            "Bonusdelen må vere over 0 % og høgst 100 % (fann {0:0.##} %).",
            "The bonus rate must be above 0% and at most 100% (found {0:0.##}%)."),
        // {0} evaluated price NOK, {1} bid price NOK
        [MessageKeys.SanctionEvaluatedNotBelowBid] = new(
            "Den evaluerte prisen ({0:#,0.##} kr) må være lavere enn tilbudt pris ({1:#,0.##} kr); ellers ga den tilbudte verdien ingen prisfordel.",
            "Den evaluerte prisen ({0:#,0.##} kr) må vere lågare enn tilbydd pris ({1:#,0.##} kr); elles gav den tilbodne verdien ingen prisfordel.",
            "The evaluated price (NOK {0:#,0.##}) must be lower than the bid price (NOK {1:#,0.##}); otherwise the promise gave no price advantage."),
        [MessageKeys.SanctionNeedsContractWindow] = new(
            "Denne sanksjonen avgjøres én gang, for kontrakten som helhet. Velg vinduet «hele kontrakten» eller «kumulativt» for kravet.",
            "Denne sanksjonen vert avgjord éin gong, for kontrakten som heilskap. Vel vindauget «heile kontrakten» eller «kumulativt» for kravet.",
            "This sanction is decided once, for the contract as a whole. Choose the window “whole contract” or “cumulative” for the requirement."),
        [MessageKeys.SanctionPromiseNeedsPromise] = new(
            "Sanksjonen gjelder bare tilbudte verdier fra tilbudet. Endre kravets type til «tilbudt verdi», eller velg en annen sanksjon.",
            "Sanksjonen gjeld berre tilbodne verdiar frå tilbodet. Endre typen på kravet til «tilboden verdi», eller vel ein annan sanksjon.",
            "This sanction applies only to promises made in the bid. Change the requirement's kind to “promise”, or choose another sanction."),
        [MessageKeys.SanctionBonusNeedsAtMost] = new(
            "Klimabonus gis når det målte er under budsjettet, så kravet må være «høyst».",
            "Klimabonus vert gitt når det målte er under budsjettet, så kravet må vere «høgst».",
            "A climate bonus is paid when the measured figure is under budget, so the requirement must be “at most”."),

        // Forecast at completion. Shares come as percentages with the suffix " %"; other units as for sanctions.

        [MessageKeys.ForecastNothingReported] = new(
            "Ingen perioder er rapportert ennå, så det finnes ikke noe grunnlag for en prognose.",
            "Ingen periodar er rapporterte enno, så det finst ikkje noko grunnlag for ei prognose.",
            "No period has been reported yet, so there is nothing to base a forecast on."),
        [MessageKeys.ForecastNoBase] = new(
            "De rapporterte periodene har ennå ingenting som andelen regnes av, så den kan ikke framskrives.",
            "Dei rapporterte periodane har enno ingenting som delen vert rekna av, så han kan ikkje framskrivast.",
            "The reported periods have nothing yet that the share is taken of, so it cannot be projected."),
        [MessageKeys.ForecastLateNotProjected] = new(
            "Antallet rapporter levert for sent framskrives ikke: en rapport er for sen først når fristen er passert, så det telles når det skjer.",
            "Talet på rapportar leverte for seint vert ikkje framskrive: ein rapport er for sein først når fristen er passert, så det vert talt når det skjer.",
            "The number of reports submitted late is not projected: a report is late only once its due date has passed, so it is counted as that happens."),
        [MessageKeys.ForecastCountNotProjected] = new(
            "Et antall ulike maskiner, kjøretøy, kilder eller leveranser kan ikke framskrives per periode, fordi de samme går igjen fra periode til periode.",
            "Eit tal på ulike maskiner, køyretøy, kjelder eller leveransar kan ikkje framskrivast per periode, fordi dei same går att frå periode til periode.",
            "A count of distinct machines, vehicles, sources or deliveries cannot be projected period by period, because the same ones recur from period to period."),
        // {0} periods reported, {1} periods in the contract, {2} periods remaining
        [MessageKeys.ForecastReported] = new(
            "{0} av {1} perioder er rapportert; {2} gjenstår.",
            "{0} av {1} periodar er rapporterte; {2} står att.",
            "{0} of {1} periods reported; {2} remaining."),
        // {0} periods overdue
        [MessageKeys.ForecastOverdueCounted] = new(
            "{0} av de gjenstående periodene skulle allerede vært rapportert; prognosen regner dem med snittet.",
            "{0} av dei attverande periodane skulle alt ha vore rapporterte; prognosen reknar dei med snittet.",
            "{0} of the remaining periods are overdue; the forecast counts them at the average."),
        [MessageKeys.ForecastFinal] = new(
            "Alle perioder er rapportert, så prognosen er det endelige tallet.",
            "Alle periodar er rapporterte, så prognosen er det endelege talet.",
            "Every period has been reported, so the forecast is the final figure."),
        // {0} total so far, {1} average per period, {2} unit suffix
        [MessageKeys.ForecastSumRate] = new(
            "Hittil {0:#,0.##}{2}, i snitt {1:#,0.##}{2} per periode.",
            "Hittil {0:#,0.##}{2}, i snitt {1:#,0.##}{2} per periode.",
            "So far {0:#,0.##}{2}, on average {1:#,0.##}{2} per period."),
        // {0} projected, {1} threshold, {2} unit suffix
        [MessageKeys.ForecastSumProjectedAtMost] = new(
            "Med samme takt ender kontrakten på {0:#,0.##}{2}; kravet er høyst {1:#,0.##}{2}.",
            "Med same takt endar kontrakten på {0:#,0.##}{2}; kravet er høgst {1:#,0.##}{2}.",
            "At the same rate the contract ends at {0:#,0.##}{2}; the requirement is at most {1:#,0.##}{2}."),
        // {0} projected, {1} threshold, {2} unit suffix
        [MessageKeys.ForecastSumProjectedAtLeast] = new(
            "Med samme takt ender kontrakten på {0:#,0.##}{2}; kravet er minst {1:#,0.##}{2}.",
            "Med same takt endar kontrakten på {0:#,0.##}{2}; kravet er minst {1:#,0.##}{2}.",
            "At the same rate the contract ends at {0:#,0.##}{2}; the requirement is at least {1:#,0.##}{2}."),
        // {0} value so far, {1} numerator, {2} denominator, {3} their unit suffix, {4} the value's suffix
        [MessageKeys.ForecastShareSoFar] = new(
            "Hittil {0:#,0.##}{4} ({1:#,0.##}{3} av {2:#,0.##}{3}).",
            "Hittil {0:#,0.##}{4} ({1:#,0.##}{3} av {2:#,0.##}{3}).",
            "So far {0:#,0.##}{4} ({1:#,0.##}{3} of {2:#,0.##}{3})."),
        // {0} projected, {1} threshold, {2} suffix
        [MessageKeys.ForecastShareProjectedAtMost] = new(
            "Andelen regnes av summene for hele kontrakten, ikke som snitt av periodenes andeler. Fortsetter det som hittil, ender den på {0:#,0.##}{2}; kravet er høyst {1:#,0.##}{2}.",
            "Delen vert rekna av summane for heile kontrakten, ikkje som snitt av delane i periodane. Held det fram som hittil, endar han på {0:#,0.##}{2}; kravet er høgst {1:#,0.##}{2}.",
            "The share is taken of the whole contract's sums, not averaged over the periods' shares. If things go on as so far, it ends at {0:#,0.##}{2}; the requirement is at most {1:#,0.##}{2}."),
        // {0} projected, {1} threshold, {2} suffix
        [MessageKeys.ForecastShareProjectedAtLeast] = new(
            "Andelen regnes av summene for hele kontrakten, ikke som snitt av periodenes andeler. Fortsetter det som hittil, ender den på {0:#,0.##}{2}; kravet er minst {1:#,0.##}{2}.",
            "Delen vert rekna av summane for heile kontrakten, ikkje som snitt av delane i periodane. Held det fram som hittil, endar han på {0:#,0.##}{2}; kravet er minst {1:#,0.##}{2}.",
            "The share is taken of the whole contract's sums, not averaged over the periods' shares. If things go on as so far, it ends at {0:#,0.##}{2}; the requirement is at least {1:#,0.##}{2}."),
        // {0} periods remaining, {1} total left, {2} per period, {3} unit suffix
        [MessageKeys.ForecastNeededSumAtMost] = new(
            "For å holde kravet kan de {0} gjenstående periodene til sammen ha høyst {1:#,0.##}{3}, i snitt {2:#,0.##}{3} per periode.",
            "For å halde kravet kan dei {0} attverande periodane til saman ha høgst {1:#,0.##}{3}, i snitt {2:#,0.##}{3} per periode.",
            "To meet the requirement the {0} remaining periods may together have at most {1:#,0.##}{3}, on average {2:#,0.##}{3} per period."),
        // {0} periods remaining, {1} total needed, {2} per period, {3} unit suffix
        [MessageKeys.ForecastNeededSumAtLeast] = new(
            "For å holde kravet må de {0} gjenstående periodene til sammen ha minst {1:#,0.##}{3}, i snitt {2:#,0.##}{3} per periode.",
            "For å halde kravet må dei {0} attverande periodane til saman ha minst {1:#,0.##}{3}, i snitt {2:#,0.##}{3} per periode.",
            "To meet the requirement the {0} remaining periods together need at least {1:#,0.##}{3}, on average {2:#,0.##}{3} per period."),
        // {0} periods remaining, {1} share allowed, {2} suffix
        [MessageKeys.ForecastNeededShareAtMost] = new(
            "For å holde kravet kan de {0} gjenstående periodene til sammen ha høyst {1:#,0.##}{2}.",
            "For å halde kravet kan dei {0} attverande periodane til saman ha høgst {1:#,0.##}{2}.",
            "To meet the requirement the {0} remaining periods may together have at most {1:#,0.##}{2}."),
        // {0} periods remaining, {1} share needed, {2} suffix
        [MessageKeys.ForecastNeededShareAtLeast] = new(
            "For å holde kravet må de {0} gjenstående periodene til sammen ha minst {1:#,0.##}{2}.",
            "For å halde kravet må dei {0} attverande periodane til saman ha minst {1:#,0.##}{2}.",
            "To meet the requirement the {0} remaining periods together need at least {1:#,0.##}{2}."),
        // {0} the best the remaining periods can do, {1} suffix
        [MessageKeys.ForecastOutOfReachAtMost] = new(
            "Kravet kan ikke lenger holdes: selv med {0:#,0.##}{1} i alle gjenstående perioder blir det for mye.",
            "Kravet kan ikkje lenger haldast: sjølv med {0:#,0.##}{1} i alle attverande periodar blir det for mykje.",
            "The requirement can no longer be met: even {0:#,0.##}{1} in every remaining period leaves too much."),
        // {0} the best the remaining periods can do, {1} suffix
        [MessageKeys.ForecastOutOfReachAtLeast] = new(
            "Kravet kan ikke lenger nås: selv med {0:#,0.##}{1} i alle gjenstående perioder blir det for lite.",
            "Kravet kan ikkje lenger nåast: sjølv med {0:#,0.##}{1} i alle attverande periodar blir det for lite.",
            "The requirement can no longer be reached: even {0:#,0.##}{1} in every remaining period leaves too little."),
        [MessageKeys.ForecastAlreadySecured] = new(
            "Kravet holdes uansett hva de gjenstående periodene viser.",
            "Kravet vert halde same kva dei attverande periodane viser.",
            "The requirement is met whatever the remaining periods show."),
        [MessageKeys.ForecastHeadingForFailure] = new(
            "Prognosen bryter kravet. Ta det opp med leverandøren nå, før bruddet er et faktum.",
            "Prognosen bryt kravet. Ta det opp med leverandøren no, før brotet er eit faktum.",
            "The forecast misses the requirement. Take it up with the supplier now, before the failure happens."),
        [MessageKeys.ForecastOnCourse] = new(
            "Prognosen holder kravet.",
            "Prognosen held kravet.",
            "The forecast meets the requirement."),

        // Template (the report template's reader). A column is named by its header in bokmål, nynorsk and English, three
        // arguments in a row (TemplateColumn.Headers), and a code by its label and code the same way (CodeListEntry.Names),
        // so that each language names them in its own words.

        // {0} sheet name
        [MessageKeys.TemplateHeaderNotFound] = new(
            "Fant ingen overskriftsrad i arket {0}. Ta med raden med kolonnenavnene fra malen.",
            "Fann inga overskriftsrad i arket {0}. Ta med rada med kolonnenamna frå malen.",
            "No header row was found on sheet {0}. Include the row with the template's column names."),
        // {0}–{2} the header
        [MessageKeys.TemplateColumnMissing] = new(
            "Kolonnen «{0}» mangler. Den er påkrevd.",
            "Kolonna «{1}» manglar. Ho er påkravd.",
            "Column “{2}” is missing. It is required."),
        // {0}–{2} the header
        [MessageKeys.TemplateColumnTwice] = new(
            "Kolonnen «{0}» finnes mer enn én gang. Fjern den ene, så det ikke er tvil om hvilken som gjelder.",
            "Kolonna «{1}» finst meir enn éin gong. Fjern den eine, så det ikkje er tvil om kva for ei som gjeld.",
            "Column “{2}” appears more than once. Remove one, so that it is clear which one counts."),
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
        // {0}–{2} the header
        [MessageKeys.TemplateRequired] = new(
            "«{0}» må fylles ut.",
            "«{1}» må fyllast ut.",
            "“{2}” is required."),
        // {0}–{2} the header, {3} carrier code, {4}–{6} the carrier named
        [MessageKeys.TemplateRequiredForCarrier] = new(
            "«{0}» må fylles ut for energibæreren {4}.",
            "«{1}» må fyllast ut for energiberaren {5}.",
            "“{2}” is required for energy carrier {6}."),
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
            "«{0}»: skriv berre talet her, og eininga i kolonna Eining.",
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
        // {0} the value found, {1}–{3} the header, {4}–{6} the list's values named, comma-separated
        [MessageKeys.TemplateCodeNotInList] = new(
            "«{0}» finnes ikke i listen for «{1}». Velg en av disse: {4}.",
            "«{0}» finst ikkje i lista for «{2}». Vel ein av desse: {5}.",
            "“{0}” is not in the list for “{3}”. Choose one of: {6}."),
        // {0} carrier code, {1}–{3} the carrier named
        [MessageKeys.TemplateProductNotFuel] = new(
            "{1} er ikke et drivstoff. En drivstoffleveranse er flytende drivstoff eller gass.",
            "{2} er ikkje eit drivstoff. Ein drivstoffleveranse er flytande drivstoff eller gass.",
            "{3} is not a fuel. A fuel delivery is a liquid fuel or a gas."),
        // {0} carrier code, {1} unit code, {2}–{4} the carrier named
        [MessageKeys.TemplateUnitNotForCarrier] = new(
            "Energibæreren {2} kan ikke rapporteres i {1}.",
            "Energiberaren {3} kan ikkje rapporterast i {1}.",
            "Energy carrier {4} cannot be reported in {1}."),
        // {0} idle hours, {1} operating hours
        [MessageKeys.TemplateIdleAboveOperating] = new(
            "Tomgangstimene ({0:#,0.#}) er flere enn driftstimene ({1:#,0.#}). Tomgang er en del av driftstimene.",
            "Tomgangstimane ({0:#,0.#}) er fleire enn driftstimane ({1:#,0.#}). Tomgang er ein del av driftstimane.",
            "Idle hours ({0:#,0.#}) exceed operating hours ({1:#,0.#}). Idling is part of the operating hours."),
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

        // Zip (an uploaded .zip of the template's CSV files, refused before a file in it is read).

        [MessageKeys.ZipNotAZip] = new(
            "Filen er ikke en zip-fil. Last opp en zip-fil med malens CSV-filer, CSV-filene hver for seg eller en Excel-arbeidsbok (.xlsx).",
            "Fila er ikkje ei zip-fil. Last opp ei zip-fil med CSV-filene til malen, CSV-filene kvar for seg eller ei Excel-arbeidsbok (.xlsx).",
            "The file is not a zip file. Upload a zip file of the template's CSV files, the CSV files one by one, or an Excel workbook (.xlsx)."),
        // {0} the most files accepted
        [MessageKeys.ZipTooManyEntries] = new(
            "Zip-filen har mer enn {0:#,0} filer og leses ikke. Legg bare malens CSV-filer i den.",
            "Zip-fila har meir enn {0:#,0} filer og vert ikkje lesen. Legg berre CSV-filene til malen i henne.",
            "The zip file holds more than {0:#,0} files and is not read. Put only the template's CSV files in it."),
        // {0} the most the zip may unpack to, in MB
        [MessageKeys.ZipUnpacksTooLarge] = new(
            "Zip-filen pakkes ut til mer enn {0:#,0} MB og leses ikke. Del rapporten, eller fjern det som ikke hører til malen.",
            "Zip-fila vert pakka ut til meir enn {0:#,0} MB og vert ikkje lesen. Del rapporten, eller fjern det som ikkje høyrer til malen.",
            "The zip file unpacks to more than {0:#,0} MB and is not read. Split the report, or remove what is not part of the template."),
        // {0} the highest compression ratio accepted
        [MessageKeys.ZipCompressionRatio] = new(
            "Zip-filen er pakket uvanlig tett (mer enn {0:#,0}:1) og leses ikke, fordi slike filer kan lamme tjenesten. Pakk CSV-filene på nytt og last dem opp igjen.",
            "Zip-fila er pakka uvanleg tett (meir enn {0:#,0}:1) og vert ikkje lesen, fordi slike filer kan lamme tenesta. Pakk CSV-filene på nytt og last dei opp att.",
            "The zip file is packed unusually tightly (more than {0:#,0}:1) and is not read, as such files can overload the service. Pack the CSV files again and upload them again."),
        // {0} the file's name in the zip
        [MessageKeys.ZipNestedArchive] = new(
            "«{0}» i zip-filen er selv en pakket fil. Legg CSV-filene rett i zip-filen, ikke i en zip-fil inni den.",
            "«{0}» i zip-fila er sjølv ei pakka fil. Legg CSV-filene rett i zip-fila, ikkje i ei zip-fil inni henne.",
            "“{0}” in the zip file is itself a packed file. Put the CSV files straight into the zip file, not into a zip file inside it."),
        // {0} the file's name in the zip
        [MessageKeys.ZipUnsafeName] = new(
            "«{0}» i zip-filen har et navn som peker ut av zip-filen, og zip-filen leses ikke. Pakk CSV-filene på nytt uten mapper.",
            "«{0}» i zip-fila har eit namn som peikar ut av zip-fila, og zip-fila vert ikkje lesen. Pakk CSV-filene på nytt utan mapper.",
            "“{0}” in the zip file has a name that points outside the zip file, and the zip file is not read. Pack the CSV files again without folders."),
        // {0} the file's name in the zip
        [MessageKeys.ZipEntryNotCsv] = new(
            "«{0}» i zip-filen er ikke en CSV-fil. Legg bare malens CSV-filer (Rapport.csv, Maskiner.csv og så videre) i zip-filen.",
            "«{0}» i zip-fila er ikkje ei CSV-fil. Legg berre CSV-filene til malen (Rapport.csv, Maskiner.csv og så vidare) i zip-fila.",
            "“{0}” in the zip file is not a CSV file. Put only the template's CSV files (Rapport.csv, Maskiner.csv and so on) in the zip file."),
        [MessageKeys.ZipNoCsv] = new(
            "Zip-filen har ingen CSV-filer. Legg malens CSV-filer i den, én fil per ark, med arkets navn (Rapport.csv, Maskiner.csv og så videre).",
            "Zip-fila har ingen CSV-filer. Legg CSV-filene til malen i henne, éi fil per ark, med namnet til arket (Rapport.csv, Maskiner.csv og så vidare).",
            "The zip file holds no CSV files. Put the template's CSV files in it, one per sheet, named after the sheet (Rapport.csv, Maskiner.csv and so on)."),
        [MessageKeys.ZipCorrupt] = new(
            "Zip-filen er skadet og kan ikke leses. Pakk CSV-filene på nytt og last dem opp igjen.",
            "Zip-fila er skadd og kan ikkje lesast. Pakk CSV-filene på nytt og last dei opp att.",
            "The zip file is damaged and cannot be read. Pack the CSV files again and upload them again."),
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
