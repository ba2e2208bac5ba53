using System.Globalization;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Organisations;
using Klimaspor.Domain.Validation;

namespace Klimaspor.Domain.Reporting.Template;

/// <summary>Where a value sits: 1-based row, 0-based cell index, and its text.</summary>
internal readonly record struct CellAt(int RowNumber, int ColumnIndex, string? Text)
{
    public string Reference => CellValues.ColumnLetters(ColumnIndex) + RowNumber.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// Reads the values of one row (or of the <c>Rapport</c> sheet's key/value rows) by column key, applying the column's
/// type, range and requirement from the template table, and collects every error instead of stopping at the first.
/// </summary>
internal sealed class RowReader
{
    private readonly TemplateSheet _sheet;
    private readonly IReadOnlyDictionary<string, CellAt> _cells;
    private readonly int? _rowNumber;
    private readonly bool _absentRequiredIsError;
    private readonly ReportingPeriod? _period;
    private readonly EnergyCarrier? _carrier;
    private readonly List<(int Row, int Column, Problem Error)> _errors = [];

    /// <param name="cells">The cells of the columns present, by key.</param>
    /// <param name="rowNumber">The row a missing value is reported at; null on the key/value sheet.</param>
    /// <param name="absentRequiredIsError">
    /// Whether a required column absent from <paramref name="cells"/> is this reader's error; a table reports it once,
    /// at its header, instead of on every row.
    /// </param>
    public RowReader(TemplateSheet sheet, IReadOnlyDictionary<string, CellAt> cells, int? rowNumber, bool absentRequiredIsError, ReportingPeriod? period)
    {
        _sheet = sheet;
        _cells = cells;
        _rowNumber = rowNumber;
        _absentRequiredIsError = absentRequiredIsError;
        _period = period;
        _carrier = FindCarrier();
    }

    public bool HasErrors => _errors.Count > 0;

    /// <summary>The errors in the order of the cells, as the user reads the sheet; values not found at all come last.</summary>
    public IEnumerable<Problem> Errors => _errors.OrderBy(e => e.Row).ThenBy(e => e.Column).Select(e => e.Error);

    public string? Text(string key)
    {
        var column = Expect(key, TemplateValueType.Text);
        if (Empty(column, out var at))
        {
            return null;
        }

        var text = at.Text!.Trim();
        var max = column.MaxLength ?? TextField.LineMaxLength;
        switch (TextField.Check(text, max, multiline: max > TextField.LineMaxLength))
        {
            case null:
                return text;
            case { MessageKey: TextField.TooLongKey }:
                Error(column, at, MessageKeys.TemplateTextTooLong, max, text.Length);
                return null;
            case var refusal:
                Error(column, at, refusal.MessageKey, refusal.Arguments.Length > 0 ? refusal.Arguments : [TextField.Echo(text)]);
                return null;
        }
    }

    /// <summary>Letters and digits only; spaces are dropped and letters upper-cased, as plates are written.</summary>
    public string? RegistrationNumber(string key)
    {
        var column = Expect(key, TemplateValueType.RegistrationNumber);
        if (Empty(column, out var at))
        {
            return null;
        }

        var text = at.Text!.Trim();
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        if (!compact.All(char.IsLetterOrDigit))
        {
            Error(column, at, MessageKeys.TemplateRegistrationNumberInvalid, text);
            return null;
        }

        if (column.MaxLength is { } max && compact.Length > max)
        {
            Error(column, at, MessageKeys.TemplateTextTooLong, max, compact.Length);
            return null;
        }

        return compact;
    }

    public decimal? Number(string key)
    {
        var column = Expect(key, TemplateValueType.Number);
        if (Empty(column, out var at))
        {
            return null;
        }

        switch (CellValues.ReadNumber(at.Text, out var value))
        {
            case NumberText.NumberWithUnit when column.UnitInOtherColumn:
                Error(column, at, MessageKeys.TemplateNumberWithUnitInUnitColumn, at.Text!.Trim());
                return null;
            case NumberText.NumberWithUnit when column.UnitSymbol is { } unit:
                Error(column, at, MessageKeys.TemplateNumberWithUnit, at.Text!.Trim(), unit);
                return null;
            case NumberText.Number:
                break;
            default:
                Error(column, at, MessageKeys.TemplateNotANumber, at.Text!.Trim());
                return null;
        }

        if (column.Minimum == NumberMinimum.AboveZero && value <= 0)
        {
            Error(column, at, MessageKeys.TemplateNotPositive, value);
            return null;
        }

        if (value < 0)
        {
            Error(column, at, MessageKeys.TemplateNegative, value);
            return null;
        }

        // A 0 in a column that does not apply claims nothing (as the calculation reads it); any other amount does.
        if (column.CarrierUnit is { } carrierUnit && _carrier is not null && value != 0 && !_carrier.CanBeReportedIn(carrierUnit))
        {
            Error(column, at, MessageKeys.TemplateUnitNotForCarrier, [_carrier.Code, carrierUnit.Code(), .. CarrierNames(_carrier)]);
            return null;
        }

        return value;
    }

    public int? WholeNumber(string key)
    {
        var column = Expect(key, TemplateValueType.WholeNumber);
        if (Empty(column, out var at))
        {
            return null;
        }

        var read = CellValues.ReadNumber(at.Text, out var value);
        if (read == NumberText.NumberWithUnit && column.UnitSymbol is { } unit)
        {
            Error(column, at, MessageKeys.TemplateNumberWithUnit, at.Text!.Trim(), unit);
            return null;
        }

        if (read != NumberText.Number || value != decimal.Truncate(value) || value > int.MaxValue || value < int.MinValue)
        {
            Error(column, at, MessageKeys.TemplateNotAWholeNumber, at.Text!.Trim());
            return null;
        }

        if (value < 0)
        {
            Error(column, at, MessageKeys.TemplateNegative, value);
            return null;
        }

        return (int)value;
    }

    /// <summary>A date, which must lie inside the reporting period when one is given.</summary>
    public DateOnly? Date(string key)
    {
        var column = Expect(key, TemplateValueType.Date);
        if (Empty(column, out var at))
        {
            return null;
        }

        if (!CellValues.TryParseDate(at.Text, out var date))
        {
            Error(column, at, MessageKeys.TemplateNotADate, at.Text!.Trim());
            return null;
        }

        if (_period is { } period && !period.Contains(date))
        {
            Error(column, at, MessageKeys.TemplateDateOutsidePeriod, date, period.FirstDay, period.LastDay);
            return null;
        }

        return date;
    }

    public OrganisationNumber? OrganisationNumber(string key)
    {
        var column = Expect(key, TemplateValueType.OrganisationNumber);
        if (Empty(column, out var at))
        {
            return null;
        }

        if (!Organisations.OrganisationNumber.TryParse(at.Text, out var number))
        {
            Error(column, at, MessageKeys.TemplateInvalidOrganisationNumber, at.Text!.Trim());
            return null;
        }

        return number;
    }

    /// <summary>
    /// Organisation numbers in one text cell, separated by commas, semicolons or line breaks (spaces may sit inside a
    /// number, as people type them); each one invalid is an error naming it.
    /// </summary>
    public IReadOnlyList<string> OrganisationNumbers(string key)
    {
        var column = Expect(key, TemplateValueType.Text);
        if (Empty(column, out var at))
        {
            return [];
        }

        var numbers = new List<string>();
        foreach (var part in at.Text!.Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Organisations.OrganisationNumber.TryParse(part, out var number))
            {
                numbers.Add(number.Value);
            }
            else
            {
                Error(column, at, MessageKeys.TemplateInvalidOrganisationNumber, TextField.Echo(part));
            }
        }

        return [.. numbers.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The code of the column's list that the text names: the code itself or a label, matched loosely.</summary>
    public string? Code(string key)
    {
        var column = Expect(key, TemplateValueType.Code);
        var list = column.CodeList ?? throw new InvalidOperationException($"Column {key} has no code list.");
        if (Empty(column, out var at))
        {
            return null;
        }

        if (list.TryMatch(at.Text, out var entry))
        {
            return entry.Code;
        }

        // The product column offers part of the energyCarrier list: a known carrier outside it gets its own reason.
        if (CodeLists.Find(list.Name) is { } whole && whole != list && whole.TryMatch(at.Text, out var outside))
        {
            Error(column, at, MessageKeys.TemplateProductNotFuel, [outside.Code, .. outside.Names]);
            return null;
        }

        Error(column, at, MessageKeys.TemplateCodeNotInList, [at.Text!.Trim(), .. column.Headers, .. list.AllNames]);
        return null;
    }

    /// <summary>A yes/no flag (code list <c>yesNo</c>): true only when set; an empty cell is "no".</summary>
    public bool Flag(string key) => Code(key) == YesNo.Ja;

    /// <summary>
    /// A delivery's "beyond the blending mandate" flag: only a biofuel or biogas product can be documented so; on a
    /// fossil product it would claim an effect no litre of it has, so it is refused.
    /// </summary>
    public bool BiofuelFlag(string key)
    {
        var set = Flag(key);
        if (set && _carrier is { EnergyClass: not (EnergyClass.LiquidBiofuel or EnergyClass.Biogas) } carrier && _cells.TryGetValue(key, out var at))
        {
            Error(_sheet.Column(key), at, MessageKeys.TemplateBeyondMandateNotBiofuel, [carrier.Code, .. CarrierNames(carrier)]);
            return false;
        }

        return set;
    }

    /// <summary>
    /// Where the row's kWh came from (code list <c>electricitySource</c>). Only a carrier that uses electricity has a
    /// source: on a diesel machine it would say something the line's figures cannot mean, so it is refused.
    /// </summary>
    public string? ElectricitySource(string key)
    {
        var code = Code(key);
        if (code is not null && _carrier is { IsElectric: false } carrier && _cells.TryGetValue(key, out var at))
        {
            Error(_sheet.Column(key), at, MessageKeys.TemplateElectricitySourceNotForCarrier, [carrier.Code, .. CarrierNames(carrier)]);
            return null;
        }

        return code;
    }

    /// <summary>A unit of the column's list, which the row's carrier must be reportable in.</summary>
    public QuantityUnit? Unit(string key)
    {
        var column = Expect(key, TemplateValueType.Unit);
        if (Empty(column, out var at))
        {
            return null;
        }

        if (!QuantityUnits.TryParse(at.Text, out var unit) || !column.Units.Contains(unit))
        {
            Error(column, at, MessageKeys.TemplateUnitNotInList, at.Text!.Trim(), string.Join(", ", column.Units.Select(u => u.Code())));
            return null;
        }

        if (_carrier is not null && !_carrier.CanBeReportedIn(unit))
        {
            Error(column, at, MessageKeys.TemplateUnitNotForCarrier, [_carrier.Code, unit.Code(), .. CarrierNames(_carrier)]);
            return null;
        }

        return unit;
    }

    /// <summary>A month as the <c>Rapport</c> sheet gives it.</summary>
    public ReportingPeriod? Period(string key)
    {
        var column = Expect(key, TemplateValueType.Period);
        if (Empty(column, out var at))
        {
            return null;
        }

        if (!ReportingPeriod.TryParse(at.Text, out var period))
        {
            Error(column, at, MessageKeys.TemplatePeriodInvalid, at.Text!.Trim());
            return null;
        }

        return period;
    }

    /// <summary>The to date must not come before the from date; reported at the to date.</summary>
    public void CheckDateOrder(DateOnly? from, DateOnly? to, string toKey)
    {
        if (from is { } f && to is { } t && t < f && _cells.TryGetValue(toKey, out var at))
        {
            Error(_sheet.Column(toKey), at, MessageKeys.TemplateToBeforeFrom, t, f);
        }
    }

    /// <summary>
    /// Hours beyond 24 a day over [from, to] are an error (template, "Checking": hours beyond the days). Missing dates
    /// mean the period's ends; without a period and a missing date there is nothing to check against.
    /// </summary>
    public void CheckHoursWithinDays(decimal? hours, DateOnly? from, DateOnly? to, string hoursKey)
    {
        var first = from ?? _period?.FirstDay;
        var last = to ?? _period?.LastDay;
        if (hours is not { } h || first is not { } start || last is not { } end || end < start || !_cells.TryGetValue(hoursKey, out var at))
        {
            return;
        }

        var days = end.DayNumber - start.DayNumber + 1;
        var available = 24m * days;
        if (h > available)
        {
            Error(_sheet.Column(hoursKey), at, MessageKeys.TemplateHoursBeyondDays, h, days, available);
        }
    }

    /// <summary>
    /// Idle hours are part of the operating hours, so more idle than operating hours is an error (template, idleHours:
    /// "≤ operatingHours"; its help says so); reported at the idle hours.
    /// </summary>
    public void CheckIdleWithinOperating(decimal? idle, decimal? operating, string idleKey)
    {
        if (idle is { } i && operating is { } o && i > o && _cells.TryGetValue(idleKey, out var at))
        {
            Error(_sheet.Column(idleKey), at, MessageKeys.TemplateIdleAboveOperating, i, o);
        }
    }

    /// <summary>Laden km are part of the distance (the rest is empty running), so more laden km than km is an error, at the laden km.</summary>
    public void CheckLadenWithinDistance(decimal? laden, decimal? distance)
    {
        if (laden is { } l && distance is { } d && l > d && _cells.TryGetValue("ladenKm", out var at))
        {
            Error(_sheet.Column("ladenKm"), at, MessageKeys.TemplateLadenAboveDistance, l, d);
        }
    }

    /// <summary>
    /// A distance-based vehicle line (km, no fuel) must have a row in the consumption table: a carrier no vehicle uses
    /// (<c>el-nett</c>, <c>fjernvarme</c>) or an unknown type has none, and the line is refused at its quantity column.
    /// </summary>
    public void CheckConsumptionCovers(string? vehicleType, string? weightClass, string? loadLevel)
    {
        if (_carrier is null || string.IsNullOrEmpty(vehicleType) || !DistanceStandsIn()
            || Transport.ReferenceConsumption.Current.Find(vehicleType, weightClass, LoadLevels.Parse(loadLevel), _carrier) is not null)
        {
            return;
        }

        var key = _carrier.Units[0] switch
        {
            QuantityUnit.Litre => "fuelLitres",
            QuantityUnit.KilowattHour => "electricityKwh",
            _ => "gasKg",
        };
        var present = _cells.TryGetValue(key, out var at);
        Missing(_sheet.Column(key), present ? at : null, MessageKeys.TemplateNoConsumptionRow, [.. CarrierNames(_carrier), vehicleType]);
    }

    // The carrier named in each language, as the energyCarrier list (and the drop-down) names it.
    private static object[] CarrierNames(EnergyCarrier carrier) =>
        CodeLists.EnergyCarrier.TryFind(carrier.Code, out var entry) ? entry.Names : [carrier.Code, carrier.Code, carrier.Code];

    private TemplateColumn Expect(string key, TemplateValueType type)
    {
        var column = _sheet.Column(key);
        return column.Type == type
            ? column
            : throw new InvalidOperationException($"Column {_sheet.Name}.{key} holds {column.Type}, not {type}.");
    }

    // True when the cell is empty, after reporting it if the column is required here.
    private bool Empty(TemplateColumn column, out CellAt at)
    {
        var present = _cells.TryGetValue(column.Key, out at);
        if (present && !string.IsNullOrWhiteSpace(at.Text))
        {
            return false;
        }

        if (column.Requirement == ColumnRequirement.Required)
        {
            if (present || _absentRequiredIsError)
            {
                Missing(column, present ? at : null, MessageKeys.TemplateRequired, column.Headers);
            }
        }
        else if (_carrier is not null && IsRequiredFor(column.Requirement, _carrier))
        {
            Missing(column, present ? at : null, MessageKeys.TemplateRequiredForCarrier, [.. column.Headers, _carrier.Code, .. CarrierNames(_carrier)]);
        }

        return true;
    }

    private bool IsRequiredFor(ColumnRequirement requirement, EnergyCarrier carrier) => requirement switch
    {
        ColumnRequirement.ForLiquidCarrier or ColumnRequirement.ForGasCarrier or ColumnRequirement.ForElectricCarrier when DistanceStandsIn() => false,
        ColumnRequirement.UnlessZeroEmission => !carrier.IsZeroEmission,
        ColumnRequirement.ForLiquidCarrier => carrier.IsLiquid,
        ColumnRequirement.ForGasCarrier => carrier.IsGas && (!carrier.CanBeReportedIn(QuantityUnit.Litre) || IsEmpty("fuelLitres")),
        ColumnRequirement.ForElectricCarrier => carrier.CanBeReportedIn(QuantityUnit.KilowattHour),
        ColumnRequirement.ForBiofuelOrBiogas => carrier.EnergyClass is EnergyClass.LiquidBiofuel or EnergyClass.Biogas,
        _ => false,
    };

    /// <summary>
    /// A vehicle line with km and no fuel is distance-based (issue 17): its energy comes from the consumption table, and
    /// where the table has no row for it the calculation refuses it at its quantity, so the column is not required here.
    /// </summary>
    private bool DistanceStandsIn() =>
        _sheet.Kind == LineKind.Vehicle && IsEmpty("fuelLitres") && IsEmpty("gasKg") && IsEmpty("electricityKwh")
        && _cells.TryGetValue("distanceKm", out var at) && CellValues.TryParseNumber(at.Text, out var km) && km > 0;

    private bool IsEmpty(string key) => !_cells.TryGetValue(key, out var at) || string.IsNullOrWhiteSpace(at.Text);

    // The carrier the conditional requirements depend on, read without reporting: its own column reports its errors.
    private EnergyCarrier? FindCarrier()
    {
        if (_sheet.CarrierColumn is not { } key || !_cells.TryGetValue(key, out var at)
            || _sheet.Column(key).CodeList is not { } list || !list.TryMatch(at.Text, out var entry))
        {
            return null;
        }

        return EnergyCarrier.TryFind(entry.Code, out var carrier) ? carrier : null;
    }

    private void Missing(TemplateColumn column, CellAt? at, string messageKey, params object[] args)
    {
        _errors.Add((at?.RowNumber ?? _rowNumber ?? int.MaxValue, at?.ColumnIndex ?? int.MaxValue, Problem.InSheet(_sheet.Name, at?.RowNumber ?? _rowNumber, column.Key, at?.Reference, null, messageKey, args)));
    }

    private void Error(TemplateColumn column, CellAt at, string messageKey, params object[] args) =>
        _errors.Add((at.RowNumber, at.ColumnIndex, Problem.InSheet(_sheet.Name, at.RowNumber, column.Key, at.Reference, at.Text, messageKey, args)));
}
