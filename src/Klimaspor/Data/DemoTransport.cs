using Klimaspor.Domain.Contracts;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Domain.Reporting.Template;
using Klimaspor.Domain.Transport;
using Klimaspor.Features.Calculations;
using Klimaspor.Features.Reports;
using Klimaspor.Features.TransportFootprint;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Data;

/// <summary>
/// The transport footprint in use (issue 17, "Demo"): Oslo maps the transport of its goods and service contracts over
/// the last twelve whole months before the seeding day, as BuyZET's Oslo did before it picked waste collection and
/// repair services. Three contracts, three methods:
/// <list type="bullet">
/// <item>waste collection in Groruddalen (REG-2023-004): refuse trucks reported with fuel and kWh (fuel-based), and a
/// hired reserve truck with km only (distance-based), for every month of the window but the two the demo's reports
/// already hold and the last, which is still due;</item>
/// <item>repair and service of the refuse trucks (REG-2025-015): service vans driving to breakdowns and to the workshop
/// at Haraldrud, reported with trips and km and no fuel (distance-based), one electric van with its kWh;</item>
/// <item>goods delivery to kindergartens and schools (OK-2025-090): no activity reported, so its footprint is the
/// spend-based estimate from Oslo's own default for the category, entered with its source.</item>
/// </list>
/// Reports go through the submission path's own helpers (<see cref="CalculateLines"/>, <see cref="ReportStore.Freeze"/>);
/// their statistics rows are written by <see cref="ReportAggregates.Backfill"/> at start, as every seeded report's are.
/// </summary>
internal static class DemoTransport
{
    /// <summary>
    /// Oslo's default for goods deliveries, per MNOK of annual spend. Invented for the demo, and said so in its source;
    /// consistent with diesel vans at DESNZ 2023's 0.916 kWh/km: 18 000 km × 0.916 kWh/km ≈ 16 500 kWh ≈ 1 640 l diesel.
    /// </summary>
    public static readonly SpendDefault DeliveriesDefault = new(900, 18_000, 4_300, 5_300,
        "Demo: anslag fra leverandørens kjørebok 2024 (ca. 250 000 km og 12 500 turer på 14 MNOK, dieselvarebiler)");

    public static void Add(AppDbContext db, IReadOnlyDictionary<string, Guid> contracts, IReadOnlyDictionary<string, Guid> organisations, IStringLocalizer localizer,
        DemoCalendar calendar)
    {
        var oslo = db.Organisations.Local.Single(o => o.Id == organisations[DemoData.OrgNo.Oslo]);
        oslo.SpendDefaultsJson = SpendDefaults.Write(new Dictionary<string, SpendDefault> { [ContractCategory.Varelevering.Code()] = DeliveriesDefault });

        // The last twelve whole months before the seeding day; the demo's own reports hold Groruddalen's two written
        // months (September and October 2026, moved), and the last month is still due.
        var today = Domain.Calendar.NorwegianTime.DateOf(calendar.Now);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var taken = new[] { calendar.Period("2026-09"), calendar.Period("2026-10") };
        for (var back = 12; back >= 2; back--)
        {
            var first = thisMonth.AddMonths(-back);
            var winter = first.Month is 12 or 1 or 2;
            var key = Domain.Statistics.StatisticsWindow.Key(first);
            var period = new ReportingPeriod(first, first.AddMonths(1).AddDays(-1));
            if (!taken.Contains(key))
            {
                // Winter's heavier snow and slower rounds take more diesel on the one diesel truck.
                Report(db, contracts["REG-2023-004"], organisations[DemoData.OrgNo.RenBy], "Ren By Renovasjon", key, period, Groruddalen(winter ? 2150 : 1920), localizer);
            }

            Report(db, contracts["REG-2025-015"], organisations[DemoData.OrgNo.Skogstad], "Skogstad Service og Vedlikehold", key, period, Service(winter), localizer);
        }
    }

    /// <summary>One approved report, frozen and calculated as a real submission is.</summary>
    private static void Report(AppDbContext db, Guid contractId, Guid supplierId, string who, string key, ReportingPeriod period, ReportLines lines, IStringLocalizer localizer)
    {
        var calculation = CalculateLines.Run(lines, ReferenceFactorSets.NoTerritorial2021V2, ReferenceFactorSets.LifecycleWtw2023V2, period.FirstDay, period.LastDay,
            includeTrace: false);
        var submittedAt = period.LastDay.AddDays(6).ToDateTime(new TimeOnly(9, 30), DateTimeKind.Utc);
        var packed = ReportStore.Pack(lines);
        var report = new SupplierReport
        {
            ContractId = contractId,
            SupplierId = supplierId,
            Period = key,
            Status = ReportStatus.Approved,
            DraftLines = packed,
            DraftSource = "api",
            Version = 1,
            CreatedAt = submittedAt.AddDays(-1),
            UpdatedAt = submittedAt.AddDays(3),
        };
        db.Reports.Add(report);
        db.ReportSubmissions.Add(ReportStore.Freeze(report.Id, 1, lines, packed, calculation.Value!.Result,
            CalculationsApi.Localized(calculation.Value.Warnings, localizer, keepArguments: true), period, who, submittedAt).Submission);
        db.ReportAudit.Add(new ReportAuditEntry { ReportId = report.Id, At = submittedAt, Actor = who, Action = "submitted", Before = nameof(ReportStatus.Draft), After = "Submitted v1" });
        db.ReportAudit.Add(new ReportAuditEntry
        {
            ReportId = report.Id,
            At = submittedAt.AddDays(3),
            Actor = "Kari Oppfølger",
            Action = "approved",
            Before = nameof(ReportStatus.Submitted),
            After = nameof(ReportStatus.Approved),
        });
    }

    /// <summary>The same fleet as the demo's Groruddalen reports: two electric trucks, one on biogas, one diesel, and the hired reserve truck on km only.</summary>
    private static ReportLines Groruddalen(decimal dieselLitres) => new()
    {
        Vehicles =
        [
            Vehicle("EL 40101", VehicleTypes.Renovasjonsbil, TransportPurposes.Avfall, "el-batteri", 2840, 22, kwh: 4120),
            Vehicle("EL 40102", VehicleTypes.Renovasjonsbil, TransportPurposes.Avfall, "el-batteri", 2770, 22, kwh: 3990),
            Vehicle("BG 40217", VehicleTypes.Renovasjonsbil, TransportPurposes.Avfall, "biogass", 2600, 21, gasKg: 1440),
            Vehicle("DK 40305", VehicleTypes.Renovasjonsbil, TransportPurposes.Avfall, "diesel", 2470, 20, litres: dieselLitres) with { OwnerOrgNo = Owner(DemoData.OrgNo.Elvedal) },
            Vehicle("EL 40119", VehicleTypes.Renovasjonsbil, TransportPurposes.Avfall, "el-batteri", 1100, 9) with
            {
                DataSource = "manuell", Comment = "Innleid reservebil: ladedata mangler, km fra kjøreboken",
            },
        ],
    };

    /// <summary>Service vans to breakdowns on the rounds and to the workshop: two diesel vans on km only, one electric van with its kWh.</summary>
    private static ReportLines Service(bool winter) => new()
    {
        Vehicles =
        [
            Vehicle("SV 51020", VehicleTypes.Varebil, TransportPurposes.Tjeneste, "diesel", winter ? 3300 : 2900, winter ? 70 : 58) with { DataSource = "manuell" },
            Vehicle("SV 51021", VehicleTypes.Varebil, TransportPurposes.Tjeneste, "diesel", winter ? 2700 : 2400, winter ? 55 : 47) with { DataSource = "manuell" },
            Vehicle("EL 51088", VehicleTypes.Varebil, TransportPurposes.Tjeneste, "el-batteri", 2100, 52, kwh: 690),
        ],
    };

    private static VehicleLine Vehicle(string regNo, string type, string purpose, string carrier, decimal km, int trips, decimal? litres = null, decimal? gasKg = null,
        decimal? kwh = null) => new()
        {
            RegNo = regNo,
            VehicleType = type,
            Purpose = purpose,
            EnergyCarrier = carrier,
            EmissionClass = carrier == "el-batteri" ? "nullutslipp" : type == VehicleTypes.Varebil ? "euro-6" : "euro-vi",
            Trips = trips,
            DistanceKm = new Kilometres(km),
            FuelLitres = litres is { } l ? new Litres(l) : null,
            GasKg = gasKg is { } g ? new Kilograms(g) : null,
            ElectricityKwh = kwh is { } k ? new KilowattHours(k) : null,
            DataSource = "telematikk",
        };

    private static Domain.Organisations.OrganisationNumber Owner(string orgNo) => Domain.Organisations.OrganisationNumber.Parse(orgNo);
}
