using System.IO.Compression;
using System.Security;
using System.Text;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Organisations;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Template;
using Klimaspor.Domain.Validation;
using Klimaspor.Features.Reports.Workbook;

namespace Klimaspor.Tests.Reports;

/// <summary>Report content to write, and workbooks built part by part to read (crafted where a test needs it).</summary>
internal static class WorkbookSamples
{
    public static readonly ReportingPeriod March = ReportingPeriod.Month(2025, 3);

    public static readonly OrganisationNumber Supplier = OrganisationNumber.Parse("974760673");

    public static readonly OrganisationNumber Rental = OrganisationNumber.Parse("987654325");

    public static IReadOnlyList<MachineLine> Machines { get; } =
    [
        new MachineLine
        {
            MachineId = "PIN 1234-ABC",
            OwnerOrgNo = Rental,
            MachineType = MachineTypes.Gravemaskin,
            Model = "Volvo EC250E",
            WeightTonnes = 25.5m,
            PowerKw = 129,
            EnergyCarrier = "diesel",
            EmissionClass = EmissionClasses.StageV,
            FromDate = new DateOnly(2025, 3, 3),
            ToDate = new DateOnly(2025, 3, 28),
            OperatingHours = new Hours(152.5m),
            IdleHours = new Hours(20.25m),
            FuelLitres = new Litres(2440.75m),
            DataSource = DataSources.Telematikk,
            WaiverRef = "F-2025-3",
            Comment = "Første linje\r\nandre linje",
        },
        new MachineLine
        {
            MachineId = "00123",
            MachineType = MachineTypes.Minigraver,
            WeightTonnes = 1.8m,
            EnergyCarrier = "el-batteri",
            OperatingHours = new Hours(60),
            ElectricityKwh = new KilowattHours(540.4m),
            ElectricitySource = ElectricitySources.Batterikontainer,
            Sporadic = true,
            DataSource = DataSources.Maaler,
        },
        new MachineLine
        {
            MachineId = "HL-7",
            MachineType = MachineTypes.Hjullaster,
            Model = "=1+1",
            WeightTonnes = 18,
            EnergyCarrier = "hybrid-hvo",
            EmissionClass = EmissionClasses.StageIV,
            OperatingHours = new Hours(0.3m),
            FuelLitres = new Litres(0.000001m),
            ElectricityKwh = new KilowattHours(12345678.5m),
            DataSource = DataSources.Manuell,
            Comment = "@SUM(A1)",
        },
    ];

    public static IReadOnlyList<VehicleLine> Vehicles { get; } =
    [
        new VehicleLine
        {
            RegNo = "EK12345",
            OwnerOrgNo = OrganisationNumber.Parse("923456783"),
            VehicleType = VehicleTypes.Vogntog,
            Purpose = TransportPurposes.Massetransport,
            EnergyCarrier = "hvo100",
            EmissionClass = EmissionClasses.EuroVI,
            Trips = 42,
            DistanceKm = new Kilometres(1234.5m),
            LoadTonnes = 980,
            FuelLitres = new Litres(512.3m),
            IdleMinutes = 95,
            DataSource = DataSources.Tankanlegg,
            Comment = "+47 22 00 00 00",
            Site = "Rv. 4 Gran–Jaren",
        },
        new VehicleLine
        {
            RegNo = "EL9876",
            VehicleType = VehicleTypes.Varebil,
            Purpose = TransportPurposes.Tjeneste,
            EnergyCarrier = "el-batteri",
            DistanceKm = new Kilometres(310),
            ElectricityKwh = new KilowattHours(62),
            DataSource = DataSources.Estimat,
        },
    ];

    public static IReadOnlyList<EnergyLine> Energy { get; } =
    [
        new EnergyLine
        {
            SourceId = "Måler 7070",
            EnergyCarrier = "el-nett",
            Purpose = EnergyPurposes.Brakkerigg,
            Quantity = 4321.5m,
            Unit = QuantityUnit.KilowattHour,
            FromDate = new DateOnly(2025, 3, 1),
            ToDate = new DateOnly(2025, 3, 31),
            DataSource = DataSources.Maaler,
            Site = "Riggområde nord",
        },
        new EnergyLine
        {
            SourceId = "-Aggregat 2",
            EnergyCarrier = "diesel",
            Purpose = EnergyPurposes.Byggvarme,
            Quantity = 300,
            Unit = QuantityUnit.Litre,
            DataSource = DataSources.Manuell,
        },
    ];

    public static IReadOnlyList<FuelDelivery> FuelDeliveries { get; } =
    [
        new FuelDelivery
        {
            DeliveryDate = new DateOnly(2025, 3, 14),
            FuelSupplier = "Drivstoff AS",
            Product = "hvo100",
            Quantity = 3000,
            Unit = QuantityUnit.Litre,
            Feedstock = Feedstocks.BruktFrityrolje,
            CarbonIntensity = 14.2m,
            SustainabilityRef = "PoS-778",
            BeyondMandate = true,
            DeliveryNote = "FS-1001",
            DeliveredTo = "Tank 1",
            Site = "Riggområde nord",
        },
        new FuelDelivery
        {
            DeliveryDate = new DateOnly(2025, 3, 31),
            FuelSupplier = "Gass AS",
            Product = "biogass",
            Quantity = 120.5m,
            Unit = QuantityUnit.Kilogram,
            Feedstock = Feedstocks.AvfallAnnet,
        },
    ];

    public static ReportWorkbookContent FullReport { get; } = new()
    {
        ContractRef = "K-2025-017",
        SupplierOrgNo = Supplier,
        Period = March,
        ReportedBy = "Kari Nordmann",
        Machines = Machines,
        Vehicles = Vehicles,
        Energy = Energy,
        FuelDeliveries = FuelDeliveries,
        Values = PrefilledValues.All,
    };

    public static MemoryStream Write(ReportWorkbookContent content, string? culture = null)
    {
        var stream = new MemoryStream();
        ReportWorkbookWriter.Write(stream, content, culture);
        stream.Position = 0;
        return stream;
    }

    public static IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string?>>> Read(Stream stream, WorkbookLimits? limits = null)
    {
        var result = ReportWorkbookReader.Read(stream, limits);
        Assert.True(result.Succeeded, $"Refused: {(result.Problems.Count > 0 ? result.Problems[0].MessageKey : null)}");
        return result.Value;
    }

    public static Problem Refusal(byte[] file, WorkbookLimits? limits = null)
    {
        var result = ReportWorkbookReader.Read(new MemoryStream(file), limits);
        Assert.False(result.Succeeded, "The workbook was read, not refused.");
        return Assert.Single(result.Problems);
    }

    /// <summary>A zip of the given entries, in order.</summary>
    public static byte[] Zip(IEnumerable<(string Name, byte[] Content)> entries, CompressionLevel level = CompressionLevel.Optimal)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name, level).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }
}

/// <summary>
/// A workbook written part by part, as Excel lays one out, so that a test controls every byte the reader sees:
/// shared strings, styles, formulas, row and cell references, content types, and what may be slipped into a part.
/// </summary>
internal sealed class RawWorkbook
{
    public const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    public const string MacroWorkbookContentType = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly List<(string Name, string SheetData)> _sheets = [];
    private readonly List<(string Name, byte[] Content)> _extra = [];
    private readonly List<string> _sharedStrings = [];

    public string ContentType { get; init; } = WorkbookContentType;

    public bool Date1904 { get; init; }

    /// <summary>The <c>styleSheet</c>'s inner XML; Excel's built-in format 14 is a date.</summary>
    public string? Styles { get; init; }

    /// <summary>Changes a part's XML after it is made: (part name, XML) → XML.</summary>
    public Func<string, string, string>? Transform { get; init; }

    public RawWorkbook Sheet(string name, params string[] rows)
    {
        _sheets.Add((name, string.Concat(rows)));
        return this;
    }

    /// <summary>A shared string item's inner XML (<c>&lt;t&gt;…&lt;/t&gt;</c> or runs); returns its index.</summary>
    public int SharedString(string itemXml)
    {
        _sharedStrings.Add(itemXml);
        return _sharedStrings.Count - 1;
    }

    public RawWorkbook Entry(string name, byte[] content)
    {
        _extra.Add((name, content));
        return this;
    }

    /// <summary>A row of inline-string cells from column A; null leaves the cell out.</summary>
    public static string Row(int number, params string?[] cells)
    {
        var xml = new StringBuilder($"<row r=\"{number}\">");
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i] is { } text)
            {
                xml.Append(InlineCell(CellValues.ColumnLetters(i) + number, text));
            }
        }

        return xml.Append("</row>").ToString();
    }

    public static string InlineCell(string reference, string text) =>
        $"<c r=\"{reference}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{SecurityElement.Escape(text)}</t></is></c>";

    public static string NumberCell(string reference, string value, int? style = null) =>
        $"<c r=\"{reference}\"{(style is { } s ? $" s=\"{s}\"" : "")}><v>{value}</v></c>";

    public byte[] Build()
    {
        var parts = new List<(string Name, string Xml)>
        {
            ("[Content_Types].xml", ContentTypes()),
            ("_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>"),
            ("xl/workbook.xml",
                $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"{Main}\" xmlns:r=\"{Relationships}\">"
                + (Date1904 ? "<workbookPr date1904=\"1\"/>" : "")
                + "<sheets>" + string.Concat(_sheets.Select((s, i) => $"<sheet name=\"{SecurityElement.Escape(s.Name)}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>"))
                + "</sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", WorkbookRelationships()),
            ("xl/sharedStrings.xml",
                $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><sst xmlns=\"{Main}\" count=\"{_sharedStrings.Count}\" uniqueCount=\"{_sharedStrings.Count}\">"
                + string.Concat(_sharedStrings.Select(s => $"<si>{s}</si>")) + "</sst>"),
            ("xl/styles.xml",
                $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><styleSheet xmlns=\"{Main}\">"
                + (Styles ?? "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs>")
                + "</styleSheet>"),
        };
        parts.AddRange(_sheets.Select((s, i) => ($"xl/worksheets/sheet{i + 1}.xml",
            $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"{Main}\"><sheetData>{s.SheetData}</sheetData></worksheet>")));

        return WorkbookSamples.Zip([
            .. parts.Select(p => (p.Name, Encoding.UTF8.GetBytes(Transform is null ? p.Xml : Transform(p.Name, p.Xml)))),
            .. _extra]);
    }

    private string ContentTypes() =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>"
        + $"<Override PartName=\"/xl/workbook.xml\" ContentType=\"{ContentType}\"/>"
        + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
        + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        + string.Concat(_sheets.Select((_, i) =>
            $"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"))
        + "</Types>";

    private string WorkbookRelationships() =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + string.Concat(_sheets.Select((_, i) =>
            $"<Relationship Id=\"rId{i + 1}\" Type=\"{Relationships}/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>"))
        + $"<Relationship Id=\"rIdS\" Type=\"{Relationships}/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        + $"<Relationship Id=\"rIdT\" Type=\"{Relationships}/styles\" Target=\"styles.xml\"/>"
        + "</Relationships>";
}
