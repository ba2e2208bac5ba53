using System.Reflection;

namespace Klimaspor.Domain.Reporting;

/// <summary>
/// The message keys the domain returns in errors and warnings. Results carry a key and arguments, never a sentence,
/// so a stored result can be shown later in whichever language the reader uses. The texts are the app's, in
/// Resources/texts.json, with the arguments in the order documented there at each key's use; a column's header comes as
/// three arguments (bokmål, nynorsk, English) so that each language names the column in its own words.
/// </summary>
public static class MessageKeys
{
    /// <summary>Every key the domain returns, the requirement engine's included: each must have its three texts.</summary>
    public static IEnumerable<string> All =>
        typeof(MessageKeys).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Concat(Requirements.RequirementMessageKeys.All)
            .Concat(Validation.TextField.MessageKeys);

    public const string CalculationUnknownCarrier = "Calculation.UnknownCarrier";
    public const string CalculationNegativeQuantity = "Calculation.NegativeQuantity";
    public const string CalculationUnitNotAllowed = "Calculation.UnitNotAllowed";
    public const string CalculationMissingQuantity = "Calculation.MissingQuantity";
    public const string CalculationTwoQuantities = "Calculation.TwoQuantities";
    public const string CalculationMissingFactor = "Calculation.MissingFactor";
    public const string CalculationQuantityTooLarge = "Calculation.QuantityTooLarge";
    public const string CalculationLadenAboveDistance = "Calculation.LadenAboveDistance";
    public const string CalculationNoConsumptionRow = "Calculation.NoConsumptionRow";

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
    public const string SanctionDeductionNotBelowBonus = "Sanction.DeductionNotBelowBonus";
    public const string SanctionDeductionBudgetIsThreshold = "Sanction.DeductionBudgetIsThreshold";
    public const string SanctionPerUnitRequired = "Sanction.PerUnitRequired";
    public const string SanctionPerUnitOnlyForEmissions = "Sanction.PerUnitOnlyForEmissions";
    public const string SanctionAwardModelRequired = "Sanction.AwardModelRequired";
    public const string SanctionAwardPointTwice = "Sanction.AwardPointTwice";
    public const string SanctionAwardAdvantage = "Sanction.AwardAdvantage";
    public const string SanctionAwardDifference = "Sanction.AwardDifference";
    public const string SanctionFullClawback = "Sanction.FullClawback";
    public const string SanctionShortfallTonnes = "Sanction.ShortfallTonnes";
    public const string SanctionClimateResultOver = "Sanction.ClimateResultOver";
    public const string SanctionDeductionShare = "Sanction.DeductionShare";
    public const string SanctionBiofuelInBonus = "Sanction.BiofuelInBonus";
    public const string SanctionEarlierCharges = "Sanction.EarlierCharges";
    public const string SanctionContractCap = "Sanction.ContractCap";

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

    // A JSON report body (JsonReportRows): understood whole or refused whole.
    public const string JsonObjectExpected = "Json.ObjectExpected";
    public const string JsonUnknownMember = "Json.UnknownMember";
    public const string JsonDuplicateMember = "Json.DuplicateMember";
    public const string JsonListExpected = "Json.ListExpected";
    public const string JsonLineExpected = "Json.LineExpected";
    public const string JsonCellExpected = "Json.CellExpected";
    public const string JsonUnreadableText = "Json.UnreadableText";

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

    /// <summary>A declaration of no activity ({0}) by a reporter that is not the contract's main supplier.</summary>
    public const string NoActivityOnlyMainSupplier = "Reports.NoActivityOnlyMainSupplier";

    /// <summary>{0}, declared to have had no activity, is not a subcontractor the contract names; {1} lists those it does.</summary>
    public const string NoActivityNotSubcontractor = "Reports.NoActivityNotSubcontractor";

    /// <summary>{0} is declared to have had no activity, yet lines of the same report name it as their owner.</summary>
    public const string NoActivityButLines = "Reports.NoActivityButLines";
    public const string TemplateCodeNotInList = "Template.CodeNotInList";
    public const string TemplateProductNotFuel = "Template.ProductNotFuel";
    public const string TemplateUnitNotForCarrier = "Template.UnitNotForCarrier";
    public const string TemplateElectricitySourceNotForCarrier = "Template.ElectricitySourceNotForCarrier";
    public const string TemplateBeyondMandateNotBiofuel = "Template.BeyondMandateNotBiofuel";
    public const string TemplateIdleAboveOperating = "Template.IdleAboveOperating";
    public const string TemplateLadenAboveDistance = "Template.LadenAboveDistance";
    public const string TemplateNoConsumptionRow = "Template.NoConsumptionRow";
    public const string TemplateUnitNotInList = "Template.UnitNotInList";
    public const string TemplateTextTooLong = "Template.TextTooLong";
    public const string TemplateRegistrationNumberInvalid = "Template.RegistrationNumberInvalid";
    public const string TemplatePeriodInvalid = "Template.PeriodInvalid";
    public const string TemplatePeriodMismatch = "Template.PeriodMismatch";
    public const string TemplateVersionUnsupported = "Template.VersionUnsupported";
    public const string TemplateCsvQuoteNotClosed = "Template.CsvQuoteNotClosed";
    public const string TemplateCellTooLong = "Template.CellTooLong";

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
    public const string WorkbookCellTooLong = "Workbook.CellTooLong";
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
