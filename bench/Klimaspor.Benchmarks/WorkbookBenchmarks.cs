extern alias app;
using app::Klimaspor.Features.Reports.Workbook;
using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Organisations;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Template;
using Klimaspor.Domain.Validation;

namespace Klimaspor.Benchmarks;

/// <summary>
/// Issue 4: 100 000 machine lines imported from a workbook (parsed, checked, computed and stored on SQLite) in under
/// 5 seconds with peak memory under 300 MB. These measure reading, parsing and calculating alone; the whole way, stored
/// on SQLite and submitted, is <see cref="ImportCommand"/>. The floor is what the SDK alone costs: opening the package and
/// walking every cell with <see cref="OpenXmlReader"/>.
/// </summary>
[MemoryDiagnoser]
public class WorkbookBenchmarks
{
    public const int MachineCount = 100_000;

    private byte[] _file = [];

    [GlobalSetup]
    public void Setup()
    {
        _file = WorkbookBenchmarkReports.Write(MachineCount);
        var result = ReadParseCalculate();
        if (result.Lines.Count != MachineCount || !result.Succeeded)
        {
            throw new InvalidOperationException($"Setup produced {result.Lines.Count} calculated lines and {result.Errors.Count} errors.");
        }
    }

    [Benchmark(Baseline = true, Description = "Floor: open the package, walk every cell and shared string (OpenXmlReader)")]
    public long WalkCells() => WalkCells(_file);

    /// <summary>The floor: what the SDK alone costs to stream every value of the file, keeping nothing.</summary>
    public static long WalkCells(byte[] file)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(file), false);
        var characters = 0L;
        foreach (var part in document.WorkbookPart!.WorksheetParts.Cast<OpenXmlPart>().Append(document.WorkbookPart.SharedStringTablePart!))
        {
            using var reader = OpenXmlReader.Create(part);
            while (reader.Read())
            {
                if (reader.IsStartElement && (reader.ElementType == typeof(CellValue) || reader.ElementType == typeof(Text)))
                {
                    characters += reader.GetText().Length;
                }
            }
        }

        return characters;
    }

    [Benchmark(Description = "ReportWorkbookReader.Read")]
    public Outcome<IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string?>>>> Read() => ReportWorkbookReader.Read(new MemoryStream(_file));

    [Benchmark(Description = "Read + ReportTemplate.Parse + EmissionCalculation.Calculate")]
    public CalculationResult ReadParseCalculate()
    {
        var read = ReportWorkbookReader.Read(new MemoryStream(_file));
        if (!read.Succeeded)
        {
            throw new InvalidOperationException(read.Problems[0].MessageKey);
        }

        var report = ReportTemplate.Parse(read.Value);
        if (!report.IsValid)
        {
            throw new InvalidOperationException($"{report.Errors.Count} errors, the first {report.Errors[0].MessageKey} at {report.Errors[0].Cell}.");
        }

        return EmissionCalculation.Calculate(report.Lines, ReferenceFactorSets.NoTerritorial2021, ReferenceFactorSets.LifecycleWtw2023, includeTrace: false);
    }
}

/// <summary>A report workbook of valid machine lines over every machine carrier the reference sets price, from a fixed seed.</summary>
public static class WorkbookBenchmarkReports
{
    private static readonly string[] Carriers =
        ["diesel", "diesel", "diesel", "hvo100", "hvo100", "el-batteri", "el-kabel", "hybrid-diesel", "hybrid-hvo", "fame100", "biogass", "hydrogen"];

    private static readonly string[] Types =
        [MachineTypes.Gravemaskin, MachineTypes.Hjullaster, MachineTypes.Dumper, MachineTypes.Valse, MachineTypes.Mobilkran, MachineTypes.Minigraver];

    private static readonly string[] Classes = [EmissionClasses.StageIIIB, EmissionClasses.StageIV, EmissionClasses.StageV];

    private static readonly ReportingPeriod March = ReportingPeriod.Month(2025, 3);

    /// <summary>The workbook's bytes, every value of every line filled in.</summary>
    public static byte[] Write(int machineCount)
    {
        using var stream = new MemoryStream();
        ReportWorkbookWriter.Write(stream, new ReportWorkbookContent
        {
            ContractRef = "K-2025-017",
            SupplierOrgNo = OrganisationNumber.Parse("974760673"),
            Period = March,
            ReportedBy = "Benchmark",
            Machines = Machines(machineCount),
            Values = PrefilledValues.All,
        });
        return stream.ToArray();
    }

    public static List<MachineLine> Machines(int count, int seed = 42)
    {
        // A fixed seed is the point: the benchmark must measure the same lines every run, not be unpredictable.
#pragma warning disable CA5394 // Random is not used for security.
        var random = new Random(seed);
        var owner = OrganisationNumber.Parse("987654325");
        var machines = new List<MachineLine>(count);
        for (var i = 0; i < count; i++)
        {
            var carrier = Carriers[random.Next(Carriers.Length)];
            var zeroEmission = carrier is "el-batteri" or "el-kabel" or "hydrogen";
            var hours = random.Next(0, 3_000) / 10m;
            var quantity = random.Next(1, 500_000) / 100m;
            var from = random.Next(4) == 0 ? new DateOnly(2025, 3, random.Next(1, 15)) : (DateOnly?)null;
            machines.Add(new MachineLine
            {
                MachineId = "PIN-" + i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture),
                OwnerOrgNo = random.Next(3) == 0 ? owner : null,
                MachineType = Types[random.Next(Types.Length)],
                Model = random.Next(2) == 0 ? "Volvo EC" + random.Next(100, 950) : null,
                WeightTonnes = random.Next(20, 500) / 10m,
                PowerKw = random.Next(2) == 0 ? random.Next(20, 400) : null,
                EnergyCarrier = carrier,
                EmissionClass = zeroEmission ? EmissionClasses.Nullutslipp : Classes[random.Next(Classes.Length)],
                FromDate = from,
                ToDate = from is { } f ? f.AddDays(random.Next(0, 16)) : null,
                OperatingHours = new Hours(from is null ? hours : Math.Min(hours, 24)),
                IdleHours = random.Next(3) == 0 ? null : new Hours(Math.Min(hours, 24) * random.Next(0, 50) / 100m),
                FuelLitres = carrier is "el-batteri" or "el-kabel" or "biogass" or "hydrogen" ? null : new Litres(quantity),
                GasKg = carrier is "biogass" or "hydrogen" ? new Kilograms(quantity / 10) : null,
                ElectricityKwh = carrier is "el-batteri" or "el-kabel" ? new KilowattHours(quantity * 4)
                    : carrier.StartsWith("hybrid", StringComparison.Ordinal) ? new KilowattHours(quantity / 2) : null,
                DataSource = random.Next(3) == 0 ? DataSources.Manuell : DataSources.Telematikk,
                Comment = random.Next(10) == 0 ? "Flyttet mellom rigger" : null,
            });
        }
#pragma warning restore CA5394

        return machines;
    }
}
