using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Organisations;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Features.Calculations;
using Klimaspor.Features.Reports;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Data;

/// <summary>
/// Demo reports, so that a first login shows figures, reviews and the audit trail in use: Økern's last months
/// approved and the latest awaiting review, Ring 2's latest returned with a comment (so it counts for nothing), and
/// earlier months left missing (overdue). The main suppliers report their subcontractors' machines and trucks on their
/// own lines, with the owner's organisation number; on Røykenveien, Grønn Maskinutleie's roller is not reported for
/// October, so that month waits for a subcontractor. Figures are computed by the same calculation as real submissions,
/// with the reference sets.
/// </summary>
internal static class DemoReports
{
    private sealed record Month(string Period, ReportStatus Status, string? Comment, ReportLines Lines);

    /// <summary>The buyer's person who reviews each contract's reports in the demo.</summary>
    private static string Reviewer(string reference) => reference switch
    {
        "BYM-2024-112" => "Siri Bymiljø",
        "VFK-2024-055" => "Vera Viken",
        "REG-2023-004" => "Kari Oppfølger",
        _ => "Per Prosjektleder",
    };

    public static void Add(AppDbContext db, IReadOnlyDictionary<string, Guid> contracts, IReadOnlyDictionary<string, Guid> suppliers, IStringLocalizer localizer,
        DemoCalendar calendar)
    {
        foreach (var (reference, supplier, who, months) in Reports(calendar))
        {
            foreach (var month in months)
            {
                var key = calendar.Period(month.Period);
                var period = ReportingSchedule.Find(key, calendar.Date(2020, 1, 1), calendar.Date(2030, 12, 31), Domain.Contracts.ReportingFrequency.Monthly)!.Value;
                var calculation = CalculateLines.Run(month.Lines, ReferenceFactorSets.NoTerritorial2021V2, ReferenceFactorSets.LifecycleWtw2023V2, period.FirstDay, period.LastDay,
                    includeTrace: false);
                var submittedAt = period.LastDay.AddDays(6).ToDateTime(new TimeOnly(9, 30), DateTimeKind.Utc);
                var lines = ReportStore.Pack(month.Lines);
                var report = new SupplierReport
                {
                    ContractId = contracts[reference],
                    SupplierId = suppliers[supplier],
                    Period = key,
                    Status = month.Status,
                    DraftLines = lines,
                    DraftSource = "workbook",
                    Version = 1,
                    ReviewComment = month.Comment,
                    CreatedAt = submittedAt.AddDays(-2),
                    UpdatedAt = submittedAt,
                };
                db.Reports.Add(report);
                db.ReportSubmissions.Add(ReportStore.Freeze(report.Id, 1, month.Lines, lines, calculation.Value!.Result,
                    CalculationsApi.Localized(calculation.Value.Warnings, localizer, keepArguments: true), period, who, submittedAt).Submission);
                Audit(db, report.Id, submittedAt.AddDays(-2), who, "draft-saved:workbook", null, null);
                Audit(db, report.Id, submittedAt, who, "submitted", nameof(ReportStatus.Draft), "Submitted v1");
                if (month.Status is ReportStatus.Approved or ReportStatus.Returned)
                {
                    Audit(db, report.Id, submittedAt.AddDays(3), Reviewer(reference), month.Status == ReportStatus.Approved ? "approved" : "returned",
                        nameof(ReportStatus.Submitted), month.Status + (month.Comment is null ? "" : ": " + month.Comment));
                }
            }
        }
    }

    private static void Audit(AppDbContext db, Guid reportId, DateTime at, string actor, string action, string? before, string? after) =>
        db.ReportAudit.Add(new ReportAuditEntry { ReportId = reportId, At = at, Actor = actor, Action = action, Before = before, After = after });

    private static MachineLine Machine(string id, string type, decimal tonnes, string carrier, decimal hours, decimal? litres = null, decimal? kwh = null,
        string source = "telematikk", string emissionClass = "stage-v", string? owner = null) => new()
        {
            MachineId = id,
            OwnerOrgNo = Owner(owner),
            MachineType = type,
            WeightTonnes = tonnes,
            // Invented like the rest of the fleet: about 6 kW per tonne, as typical excavators and loaders have.
            PowerKw = decimal.Round(tonnes * 6m),
            EnergyCarrier = carrier,
            EmissionClass = EnergyCarrier.TryFind(carrier, out var c) && c.EnergyClass == EnergyClass.ZeroEmission ? "nullutslipp" : emissionClass,
            OperatingHours = new Hours(hours),
            IdleHours = new Hours(decimal.Round(hours * 0.22m, 1)),
            FuelLitres = litres is { } l ? new Litres(l) : null,
            ElectricityKwh = kwh is { } k ? new KilowattHours(k) : null,
            DataSource = source,
        };

    private static VehicleLine Truck(string regNo, string purpose, string carrier, decimal km, int trips, decimal? litres = null, decimal? gasKg = null,
        decimal? kwh = null, decimal? tonnes = null, string? owner = null) => new()
        {
            RegNo = regNo,
            OwnerOrgNo = Owner(owner),
            VehicleType = purpose == "avfall" ? "renovasjonsbil" : "lastebil",
            Purpose = purpose,
            EnergyCarrier = carrier,
            EmissionClass = EnergyCarrier.TryFind(carrier, out var c) && c.EnergyClass == EnergyClass.ZeroEmission ? "nullutslipp" : "euro-vi",
            Trips = trips,
            DistanceKm = new Kilometres(km),
            LoadTonnes = tonnes,
            FuelLitres = litres is { } l ? new Litres(l) : null,
            GasKg = gasKg is { } g ? new Kilograms(g) : null,
            ElectricityKwh = kwh is { } k ? new KilowattHours(k) : null,
            IdleMinutes = trips * 4,
            DataSource = "telematikk",
        };

    /// <summary>A subcontractor's organisation number on a line of the main supplier's report.</summary>
    private static OrganisationNumber? Owner(string? orgNo) => orgNo is null ? null
        : OrganisationNumber.TryParse(orgNo, out var number) ? number : throw new ArgumentException($"Not an organisation number: {orgNo}", nameof(orgNo));

    private static EnergyLine Grid(string meter, string purpose, decimal kwh) => new()
    {
        SourceId = meter,
        EnergyCarrier = "el-nett",
        Purpose = purpose,
        Quantity = kwh,
        Unit = QuantityUnit.KilowattHour,
        DataSource = "maaler",
    };

    /// <summary>
    /// Økern: mostly electric, one HVO wheel loader on HVO documented beyond the blending mandate, and a diesel dumper
    /// that grows less each month. In the heating season district heating dries the building; in October, with the grid
    /// connection at its limit (the grid-capacity waiver), a second cable excavator runs on a diesel generator: not
    /// zero-emission, and its kWh are the generator's diesel, counted once, on the generator's line (template v2).
    /// </summary>
    private static ReportLines Okern(DemoCalendar calendar, int month, decimal dieselLitres, decimal heatingKwh, decimal districtHeatingKwh = 0, bool generator = false) => new()
    {
        Machines =
        [
            Machine("VOLVO-EC230E-1042", "gravemaskin", 23, "el-kabel", 168, kwh: 6720) with { ElectricitySource = ElectricitySources.Nett },
            Machine("KOMATSU-PC55-771", "minigraver", 5.5m, "el-batteri", 96, kwh: 1150, source: "maaler"),
            Machine("CAT-950-88213", "hjullaster", 19.5m, "hvo100", 142, litres: 1610, owner: DemoData.OrgNo.GronnMaskin) with { PowerKw = 186 },
            Machine("VOLVO-A30G-5521", "dumper", 24, "diesel", 120, litres: dieselLitres, source: "tankanlegg") with { PowerKw = 265 },
            Machine("WACKER-PT3-12", "pumpe", 0.3m, "diesel", 9, litres: 14, source: "manuell") with { PowerKw = 4.4m, Sporadic = true },
            .. generator
                ? [
                    Machine("PRAMAC-GSW220-08", "aggregat", 2.9m, "diesel", 150, litres: 760, source: "tankanlegg") with { PowerKw = 176 },
                    Machine("LIEBHERR-R920-EL-2", "gravemaskin", 22, "el-kabel", 140, kwh: 2450) with { ElectricitySource = ElectricitySources.Aggregat },
                ]
                : Array.Empty<MachineLine>(),
        ],
        Vehicles = [Truck("EL12345", "massetransport", "el-batteri", 2240, 64, kwh: 2910, tonnes: 1650, owner: DemoData.OrgNo.Vestmo), Truck("BT54321", "massetransport", "biogass", 1860, 40, gasKg: 780, tonnes: 1200)],
        Energy =
        [
            Grid("Byggestrøm hovedtavle", "byggvarme", heatingKwh),
            Grid("Brakkerigg", "brakkerigg", 5200),
            .. districtHeatingKwh > 0
                ? [new EnergyLine
                {
                    SourceId = "Fjernvarme byggtørk, målepunkt 7071",
                    EnergyCarrier = "fjernvarme",
                    Purpose = "byggvarme",
                    Quantity = districtHeatingKwh,
                    Unit = QuantityUnit.KilowattHour,
                    DataSource = "maaler",
                }]
                : Array.Empty<EnergyLine>(),
        ],
        FuelDeliveries =
        [
            new FuelDelivery
            {
                DeliveryDate = calendar.Date(2026, month, 6),
                FuelSupplier = "Drivstoffgrossisten AS",
                Product = "hvo100",
                Quantity = 1600,
                Unit = QuantityUnit.Litre,
                Feedstock = "brukt-frityrolje",
                SustainabilityRef = $"PoS-{calendar.Period($"2026-{month:00}")}-207",
                BeyondMandate = true,
                DeliveryNote = $"Følgeseddel {calendar.Period($"2026-{month:00}")}-5120",
                DeliveredTo = "CAT-950-88213",
            },
        ],
    };

    /// <summary>
    /// Ring 2: Vestmo Massetransport, the named subcontractor, drives the masses; in September its trucks stood still and
    /// Nordlys ran its own, so Nordlys declares Vestmo without activity that month (issue 14 item 6).
    /// </summary>
    private static ReportLines Ring2(decimal excavatorLitres, bool vestmoIdle = false) => new()
    {
        Machines =
        [
            Machine("HITACHI-ZX300-2231", "gravemaskin", 30, "hvo100", 150, litres: excavatorLitres) with { PowerKw = 202, Site = "Ring 2 Ullevål" },
            Machine("BOMAG-BW120-17", "valse", 2.6m, "el-batteri", 60, kwh: 420, source: "maaler") with { Site = "Ring 2 Carl Berners plass" },
            Machine("VOGELE-1900-3", "asfaltutlegger", 19, "diesel", 48, litres: 690, source: "tankanlegg") with { PowerKw = 186, Site = "Ring 2 Carl Berners plass" },
        ],
        Vehicles = [Truck("VM 77811", "massetransport", "hvo100", 3120, 95, litres: 1240, tonnes: 2100, owner: vestmoIdle ? null : DemoData.OrgNo.Vestmo) with { Site = "Ring 2 Ullevål" }],
        NoActivity = vestmoIdle ? [DemoData.OrgNo.Vestmo] : [],
    };

    private static ReportLines Groruddalen(decimal dieselLitres) => new()
    {
        Vehicles =
        [
            Truck("EL 40101", "avfall", "el-batteri", 2860, 22, kwh: 4150),
            Truck("EL 40102", "avfall", "el-batteri", 2790, 22, kwh: 4020),
            Truck("BG 40217", "avfall", "biogass", 2610, 21, gasKg: 1450),
            Truck("DK 40305", "avfall", "diesel", 2480, 20, litres: dieselLitres, owner: DemoData.OrgNo.Elvedal),
            // Distance-based (issue 17): the hired reserve truck's charger log is missing, so only its km are reported and
            // its kWh come from the consumption table, marked as an estimate.
            Truck("EL 40119", "avfall", "el-batteri", 1150, 9) with { DataSource = "manuell", Comment = "Innleid reservebil: ladedata mangler, km fra kjøreboken" },
        ],
    };

    /// <summary>
    /// Røykenveien (Viken, Kriterieveiviseren): August meets every criterion; in September an old Stage IIIA excavator
    /// joins for a week; in October an HVO delivery made from PFAD breaks the palm oil criterion, and Grønn Maskinutleie's
    /// roller, a subcontractor's, is missing from the report: the month waits for it, except where the PFAD delivery
    /// has already decided the verdict.
    /// </summary>
    private static ReportLines Roykenveien(DemoCalendar calendar, int month, bool oldExcavator, string hvoFeedstock) => new()
    {
        Machines =
        [
            Machine("KOMATSU-PC210LCE-31", "gravemaskin", 21, "el-kabel", 150, kwh: 5900),
            Machine("CAT-320-77102", "gravemaskin", 22, "hvo100", 140, litres: 1460),
            .. month == 10 ? Array.Empty<MachineLine>()
                : [Machine("BOMAG-BW177-8", "valse", 7.5m, "hvo100", 70, litres: 340, emissionClass: "stage-iv", owner: DemoData.OrgNo.GronnMaskin)],
            .. oldExcavator ? [Machine("JCB-JS220-4471", "gravemaskin", 22, "hvo100", 38, litres: 470, emissionClass: "stage-iiia", source: "manuell")] : Array.Empty<MachineLine>(),
        ],
        Vehicles = [Truck("BG 80412", "massetransport", "biogass", 1450, 38, gasKg: 520, tonnes: 950, owner: DemoData.OrgNo.Vestmo)],
        FuelDeliveries =
        [
            new FuelDelivery
            {
                DeliveryDate = calendar.Date(2026, month, 12),
                FuelSupplier = "Drivstoffgrossisten AS",
                Product = "hvo100",
                Quantity = oldExcavator ? 2270 : 1800,
                Unit = QuantityUnit.Litre,
                Feedstock = hvoFeedstock,
                SustainabilityRef = $"PoS-{calendar.Period($"2026-{month:00}")}-118",
                DeliveryNote = $"Følgeseddel {calendar.Period($"2026-{month:00}")}-4410",
            },
        ],
    };

    /// <summary>The demo's reports, with periods as written (autumn 2026; <see cref="DemoCalendar"/> moves them).</summary>
    private static (string Reference, string Supplier, string Who, Month[] Months)[] Reports(DemoCalendar calendar) =>
    [
        ("OBF-2024-017", DemoData.OrgNo.Fjordbygg, "Frode Fjordbygg",
        [
            new("2026-07", ReportStatus.Approved, null, Okern(calendar, 7, 1480, 3100)),
            new("2026-08", ReportStatus.Approved, null, Okern(calendar, 8, 1320, 3400)),
            new("2026-09", ReportStatus.Approved, null, Okern(calendar, 9, 1150, 9800, districtHeatingKwh: 6200)),
            new("2026-10", ReportStatus.Submitted, null, Okern(calendar, 10, 980, 16200, districtHeatingKwh: 14800, generator: true)),
        ]),
        ("BYM-2024-112", DemoData.OrgNo.Nordlys, "Nina Nordlys",
        [
            new("2026-09", ReportStatus.Approved, null, Ring2(2250, vestmoIdle: true)),
            new("2026-10", ReportStatus.Returned, "Asfaltutleggeren går på diesel uten godkjent fravik. Legg ved fravik eller rett energibærer.", Ring2(2310)),
        ]),
        ("VFK-2024-055", DemoData.OrgNo.Nordlys, "Nina Nordlys",
        [
            new("2026-08", ReportStatus.Approved, null, Roykenveien(calendar, 8, oldExcavator: false, "brukt-frityrolje")),
            new("2026-09", ReportStatus.Approved, null, Roykenveien(calendar, 9, oldExcavator: true, "brukt-frityrolje")),
            new("2026-10", ReportStatus.Submitted, null, Roykenveien(calendar, 10, oldExcavator: false, "pfad")),
        ]),
        ("REG-2023-004", DemoData.OrgNo.RenBy, "Ren By Renovasjon",
        [
            new("2026-09", ReportStatus.Approved, null, Groruddalen(1980)),
            new("2026-10", ReportStatus.Submitted, null, Groruddalen(1870)),
        ]),
    ];
}
