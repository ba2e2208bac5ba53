using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Validation;

namespace Klimaspor.Domain.Reporting.Template;

/// <summary>
/// Turns the rows of one template sheet (a workbook sheet, a CSV file, rows pasted from Excel) into report lines, or
/// into every error found, each located by sheet, row, column and value. Rows are cells of text as the user sees them;
/// a numeric cell arrives as its invariant text (<c>1234.5</c>, a date as its serial number).
/// </summary>
public static class TemplateParser
{
    /// <param name="period">When given, dates must lie inside it and hours within 24 a day of it.</param>
    public static TemplateParseResult<MachineLine> ParseMachines(IEnumerable<IReadOnlyList<string?>> rows, ReportingPeriod? period = null) =>
        ParseTable(TemplateSheets.Machines, rows, period, ReadMachine);

    public static TemplateParseResult<VehicleLine> ParseVehicles(IEnumerable<IReadOnlyList<string?>> rows, ReportingPeriod? period = null) =>
        ParseTable(TemplateSheets.Vehicles, rows, period, ReadVehicle);

    public static TemplateParseResult<EnergyLine> ParseEnergy(IEnumerable<IReadOnlyList<string?>> rows, ReportingPeriod? period = null) =>
        ParseTable(TemplateSheets.Energy, rows, period, ReadEnergy);

    public static TemplateParseResult<FuelDelivery> ParseFuelDeliveries(IEnumerable<IReadOnlyList<string?>> rows, ReportingPeriod? period = null) =>
        ParseTable(TemplateSheets.FuelDeliveries, rows, period, ReadFuelDelivery);

    /// <summary>
    /// Reads the <c>Rapport</c> sheet's key/value rows: in each row, the first filled cell names the field (Norwegian or
    /// English label, or key) and the cell after it holds the value. Rows with a single filled cell are titles.
    /// </summary>
    /// <param name="expectedPeriod">
    /// The period the caller expects (a contract's month, quarter or year); the sheet names it by its first month, and
    /// any other month is an error.
    /// </param>
    public static ReportHeaderParseResult ParseReportHeader(IReadOnlyList<IReadOnlyList<string?>> rows, ReportingPeriod? expectedPeriod = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var sheet = TemplateSheets.Report;
        var cells = new Dictionary<string, CellAt>(StringComparer.Ordinal);
        var errors = new List<Problem>();
        var warnings = new List<Problem>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var label = FirstFilled(row, 0);
            if (label < 0)
            {
                continue;
            }

            var rowNumber = i + 1;
            var valueIndex = label + 1;
            if (!sheet.TryMatchColumn(row[label], out var column))
            {
                if (FirstFilled(row, label + 1) >= 0)
                {
                    var text = row[label]!.Trim();
                    warnings.Add(Problem.InSheet(sheet.Name, rowNumber, null, CellValues.ColumnLetters(label) + rowNumber, text, MessageKeys.TemplateUnknownReportField, [text]));
                }

                continue;
            }

            if (!cells.TryAdd(column.Key, new CellAt(rowNumber, valueIndex, valueIndex < row.Count ? row[valueIndex] : null)))
            {
                errors.Add(Problem.InSheet(sheet.Name, rowNumber, column.Key, CellValues.ColumnLetters(label) + rowNumber, row[label],
                    MessageKeys.TemplateColumnTwice, column.Headers));
            }
        }

        var reader = new RowReader(sheet, cells, null, absentRequiredIsError: true, period: null);
        var contractRef = reader.Text("contractRef");
        var supplier = reader.OrganisationNumber("supplierOrgNo");
        var period = reader.Period("period");
        var reportedBy = reader.Text("reportedBy");
        var version = reader.WholeNumber("templateVersion");
        var noActivity = reader.OrganisationNumbers("noActivity");
        errors.AddRange(reader.Errors);
        if (version is { } v && v is < 1 or > TemplateSheets.Version && cells.TryGetValue("templateVersion", out var at))
        {
            errors.Add(Problem.InSheet(sheet.Name, at.RowNumber, "templateVersion", at.Reference, at.Text, MessageKeys.TemplateVersionUnsupported, [v, TemplateSheets.Version]));
        }

        // A period is named by its first month (a quarter starting in March is 2025-03), so the month read stands for
        // the expected period when it is that period's first month.
        if (period is { } found && expectedPeriod is { } expected)
        {
            if (found.FirstDay == expected.FirstDay)
            {
                period = expected;
            }
            else if (cells.TryGetValue("period", out var periodAt))
            {
                errors.Add(Problem.InSheet(sheet.Name, periodAt.RowNumber, "period", periodAt.Reference, periodAt.Text, MessageKeys.TemplatePeriodMismatch,
                    [found.ToString(), expected.ToString()]));
            }
        }

        // In the order of the sheet's rows; fields not found at all last.
        errors = [.. errors.OrderBy(e => e.Row ?? int.MaxValue)];
        var header = errors.Count == 0
            ? new ReportHeader
            {
                ContractRef = contractRef!,
                SupplierOrgNo = supplier!.Value,
                Period = period!.Value,
                ReportedBy = reportedBy,
                TemplateVersion = version,
                NoActivity = noActivity,
            }
            : null;
        return new ReportHeaderParseResult { Header = header, Period = period, Errors = errors, Warnings = warnings };
    }

    /// <summary>Whether the sheet has nothing in it at all; such a sheet reports no lines and is no error.</summary>
    public static bool IsEmpty(IReadOnlyList<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.All(row => FirstFilled(row, 0) < 0);
    }

    /// <summary>
    /// One pass over the rows, each read as it comes and then let go: a workbook sheet of 100 000 rows is never held
    /// whole. Rows before the header are titles; a sheet with nothing in it has no lines and no error.
    /// </summary>
    private static TemplateParseResult<T> ParseTable<T>(
        TemplateSheet sheet, IEnumerable<IReadOnlyList<string?>> rows, ReportingPeriod? period, Func<RowReader, T> read)
    {
        ArgumentNullException.ThrowIfNull(rows);
        TemplateHeader? header = null;
        var anyFilled = false;
        var errors = new List<Problem>();
        var lines = new List<T>();
        var rowNumbers = new List<int>();
        var unlisted = 0;
        var i = -1;
        foreach (var row in rows)
        {
            i++;
            if (FirstFilled(row, 0) < 0)
            {
                continue;
            }

            anyFilled = true;
            if (header is null)
            {
                header = TemplateHeader.TryRead(sheet, i, row);
                errors.AddRange(header?.Errors ?? []);
                continue;
            }

            var rowNumber = i + 1;
            var cells = new Dictionary<string, CellAt>(header.ColumnIndexes.Count, StringComparer.Ordinal);
            foreach (var (key, index) in header.ColumnIndexes)
            {
                cells[key] = new CellAt(rowNumber, index, index < row.Count ? row[index] : null);
            }

            var reader = new RowReader(sheet, cells, rowNumber, absentRequiredIsError: false, period);
            var line = read(reader);
            if (reader.HasErrors)
            {
                foreach (var error in reader.Errors)
                {
                    if (errors.Count < ReportTemplate.MaxErrorsKept)
                    {
                        errors.Add(error);
                    }
                    else
                    {
                        unlisted++;
                    }
                }
            }
            else
            {
                lines.Add(line);
                rowNumbers.Add(rowNumber);
            }
        }

        if (header is null)
        {
            return anyFilled
                ? new TemplateParseResult<T> { Errors = [Problem.InSheet(sheet.Name, null, null, null, null, MessageKeys.TemplateHeaderNotFound, [sheet.Name])] }
                : new TemplateParseResult<T>();
        }

        // A required column missing leaves every row without a required value: no row is a line.
        return header.Errors.Count > 0
            ? new TemplateParseResult<T> { Errors = errors, Warnings = header.Warnings, UnlistedErrors = unlisted }
            : new TemplateParseResult<T> { Lines = lines, RowNumbers = rowNumbers, Errors = errors, Warnings = header.Warnings, UnlistedErrors = unlisted };
    }

    private static MachineLine ReadMachine(RowReader r)
    {
        var from = r.Date("fromDate");
        var to = r.Date("toDate");
        var hours = r.Number("operatingHours");
        var idle = r.Number("idleHours");
        r.CheckDateOrder(from, to, "toDate");
        r.CheckHoursWithinDays(hours, from, to, "operatingHours");
        r.CheckIdleWithinOperating(idle, hours, "idleHours");
        return new MachineLine
        {
            MachineId = r.Text("machineId") ?? string.Empty,
            OwnerOrgNo = r.OrganisationNumber("ownerOrgNo"),
            MachineType = r.Code("machineType") ?? string.Empty,
            Model = r.Text("model"),
            WeightTonnes = r.Number("weightTonnes") ?? 0,
            PowerKw = r.Number("powerKw"),
            EnergyCarrier = r.Code("energyCarrier") ?? string.Empty,
            EmissionClass = r.Code("emissionClass"),
            FromDate = from,
            ToDate = to,
            OperatingHours = new Hours(hours ?? 0),
            IdleHours = Quantity<Hours>(idle),
            FuelLitres = Quantity<Litres>(r.Number("fuelLitres")),
            GasKg = Quantity<Kilograms>(r.Number("gasKg")),
            ElectricityKwh = Quantity<KilowattHours>(r.Number("electricityKwh")),
            ElectricitySource = r.ElectricitySource("electricitySource"),
            Sporadic = r.Flag("sporadic"),
            DataSource = r.Code("dataSource") ?? string.Empty,
            WaiverRef = r.Text("waiverRef"),
            Comment = r.Text("comment"),
            Site = r.Text("site"),
        };
    }

    private static VehicleLine ReadVehicle(RowReader r)
    {
        var line = ReadVehicleCells(r);
        r.CheckLadenWithinDistance(line.LadenKm, line.DistanceKm.Value);
        r.CheckConsumptionCovers(line.VehicleType, line.WeightClass, line.LoadLevel);
        return line;
    }

    private static VehicleLine ReadVehicleCells(RowReader r) => new()
    {
        RegNo = r.RegistrationNumber("regNo") ?? string.Empty,
        OwnerOrgNo = r.OrganisationNumber("ownerOrgNo"),
        VehicleType = r.Code("vehicleType") ?? string.Empty,
        Purpose = r.Code("purpose") ?? string.Empty,
        EnergyCarrier = r.Code("energyCarrier") ?? string.Empty,
        EmissionClass = r.Code("emissionClass"),
        Trips = r.WholeNumber("trips"),
        DistanceKm = new Kilometres(r.Number("distanceKm") ?? 0),
        LadenKm = r.Number("ladenKm"),
        WeightClass = r.Code("weightClass"),
        LoadTonnes = r.Number("loadTonnes"),
        LoadLevel = r.Code("loadLevel"),
        FuelLitres = Quantity<Litres>(r.Number("fuelLitres")),
        GasKg = Quantity<Kilograms>(r.Number("gasKg")),
        ElectricityKwh = Quantity<KilowattHours>(r.Number("electricityKwh")),
        IdleMinutes = r.WholeNumber("idleMinutes"),
        DataSource = r.Code("dataSource") ?? string.Empty,
        Comment = r.Text("comment"),
        Site = r.Text("site"),
    };

    private static EnergyLine ReadEnergy(RowReader r)
    {
        var from = r.Date("fromDate");
        var to = r.Date("toDate");
        r.CheckDateOrder(from, to, "toDate");
        return new EnergyLine
        {
            SourceId = r.Text("sourceId") ?? string.Empty,
            EnergyCarrier = r.Code("energyCarrier") ?? string.Empty,
            Purpose = r.Code("purpose") ?? string.Empty,
            Quantity = r.Number("quantity") ?? 0,
            Unit = r.Unit("unit") ?? default,
            FromDate = from,
            ToDate = to,
            DataSource = r.Code("dataSource") ?? string.Empty,
            Site = r.Text("site"),
            OwnerOrgNo = r.OrganisationNumber("ownerOrgNo"),
        };
    }

    private static FuelDelivery ReadFuelDelivery(RowReader r) => new()
    {
        DeliveryDate = r.Date("deliveryDate") ?? default,
        FuelSupplier = r.Text("fuelSupplier") ?? string.Empty,
        Product = r.Code("product") ?? string.Empty,
        Quantity = r.Number("quantity") ?? 0,
        Unit = r.Unit("unit") ?? default,
        Feedstock = r.Code("feedstock"),
        CarbonIntensity = r.Number("carbonIntensity"),
        SustainabilityRef = r.Text("sustainabilityRef"),
        BeyondMandate = r.BiofuelFlag("beyondMandate"),
        DeliveryNote = r.Text("deliveryNote"),
        DeliveredTo = r.Text("deliveredTo"),
        OwnerOrgNo = r.OrganisationNumber("ownerOrgNo"),
        Site = r.Text("site"),
    };

    private static T? Quantity<T>(decimal? value)
        where T : struct, IQuantity<T> => value is { } v ? T.FromValue(v) : null;

    private static int FirstFilled(IReadOnlyList<string?> row, int from)
    {
        for (var j = from; j < row.Count; j++)
        {
            if (!string.IsNullOrWhiteSpace(row[j]))
            {
                return j;
            }
        }

        return -1;
    }
}
