using System.Globalization;
using Klimaspor.Domain.Calendar;
using Klimaspor.Domain.Requirements;
using Klimaspor.Features.Compliance;
using Klimaspor.Features.Deviations;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Data;

/// <summary>
/// Demo waivers and deviations on the demo contracts, so a first login shows the case work in every state: on Økern
/// (OBF-2024-017) an approved market waiver for a 36 t crawler excavator on HVO100, an approved grid-capacity waiver
/// (250 of 400 kW), a rejected cost waiver, a deviation the supplier has answered and one past its answer deadline;
/// on Hasle skole an application awaiting assessment; on Ring 2 an assessed waiver awaiting the decision and a
/// deviation closed with a sanction. Deviations carry the figures of the real evaluation of the demo reports (see
/// <see cref="AddDeviationsAsync"/>). Decided cases are dated by the demo reports (autumn 2026 as written, moved by
/// <see cref="DemoCalendar"/>); what still waits for
/// someone is dated back from the clock at seeding, so a first login always finds the open deviation past its answer
/// deadline, the answered one past its corrective action's date, and the waivers waiting days, not months or the future.
/// </summary>
internal static class DemoCases
{
    private const string Supplier = "Frode Fjordbygg";
    private const string Advisor = "Per Prosjektleder";
    private const string Admin = "Ola Administrator";

    /// <summary>The key Oslo 2025's preset gives the requirement (RequirementPresets), so the evaluation follows the deviation up.</summary>
    private const string ZeroEmissionKey = "oslo-2025-maskiner-utslippsfrie";

    /// <summary>The demo waivers in every state.</summary>
    /// <param name="calendar">The clock at seeding, and the dates as written moved to it.</param>
    public static void AddWaivers(AppDbContext db, IReadOnlyDictionary<string, Guid> contracts, IReadOnlyDictionary<string, Guid> organisations, DemoCalendar calendar)
    {
        var c = calendar;
        // Nine in the morning (UTC) so many days before the clock at seeding.
        DateTime Ago(int days) => calendar.Now.Date.AddDays(-days).AddHours(9);
        DateTime D(int year, int month, int day) => calendar.At(year, month, day);
        var okern = contracts["OBF-2024-017"];
        var fjordbygg = organisations[DemoData.OrgNo.Fjordbygg];

        Waiver(db, 1, okern, fjordbygg, new()
        {
            MachineId = "CAT-336-47121",
            MachineType = "gravemaskin",
            MachineDescription = "Beltegraver 36 t med hydraulisk hammer for pigging av fjell i byggegropen",
            // November–December: the rock breaking has not started in the demo reports (July–October), so the machine is
            // not in them yet and the waiver has no month to reach. Applied for until 18 December, approved in part: the
            // buyer approves the days up to the planned end of the rock breaking, 4 December.
            From = c.Date(2026, 11, 2),
            To = c.Date(2026, 12, 18),
            Reason = WaiverReason.MarketUnavailability,
            Justification = "Fjellpiggingen i byggegropen krever en beltegraver i 36-tonnsklassen med hammer. Ingen utleier kan levere en elektrisk " +
                $"eller kabeldrevet maskin i denne størrelsen før tidligst {c.MonthName(2027, 5)}, og piggingen må være ferdig før råbygget starter i januar.",
            Evidence = $"Markedsundersøkelse {c.Short(2026, 3, 3)}–{c.Short(2026, 3, 14)}: skriftlig forespørsel om elektrisk eller kabeldrevet beltegraver " +
                $"30–40 t til leie {c.MonthName(2026, 11)}–{c.MonthName(2026, 12)}. Svarene ligger i prosjektets fravikmappe (ref. ØKS-FRAV-01).",
            CompaniesAsked = $"Pon Equipment (Cat): tidligst {c.MonthName(2027, 5)}\nVolvo Maskin: ingen elektrisk modell over 25 t\nNasta (Hitachi): " +
                $"elektrisk ZX300 utsolgt til {c.MonthName(2027, 1)}\nCramo: ingen tilgjengelig\nGrønn Maskinutleie AS: ingen tilgjengelig",
            ReplacementMachine = "Cat 336 Next Gen, Stage V",
            ReplacementFuel = "hvo100",
            ReplacementEmissionClass = "stage-v",
            MitigatingMeasures = "HVO100 med ISCC-sertifikat, uten palmeolje og PFAD. Automatisk tomgangsstopp etter tre minutter. Maskinen byttes " +
                "til elektrisk så snart en blir tilgjengelig.",
            Applied = D(2026, 3, 18),
            Assessment = ("Markedsundersøkelsen er grundig og dekker de aktuelle utleierne. Fraviket er avgrenset til pigging og fem måneder, og " +
                "erstatningsmaskinen går på HVO100. Anbefales godkjent.", WaiverRecommendation.Approve, D(2026, 3, 26)),
            Decision = (WaiverDecisionKind.PartlyApproved, $"Delvis godkjent: {c.Short(2026, 11, 2)}–{c.Short(2026, 12, 4)}, som er planlagt slutt på piggingen etter framdriftsplanen. " +
                "Søk på nytt dersom piggingen trekker ut.", D(2026, 4, 2)),
            ApprovedTo = c.Date(2026, 12, 4),
        });

        Waiver(db, 2, okern, fjordbygg, new()
        {
            MachineId = "CAT-950-88213",
            MachineType = "hjullaster",
            MachineDescription = "Hjullaster 19,5 t for massehåndtering på riggområdet",
            From = c.Date(2026, 7, 1),
            To = c.Date(2027, 1, 31),
            Reason = WaiverReason.GridCapacity,
            Justification = "Byggestrømmen til Økern har 250 kW ledig. Elektriske gravemaskiner, byggvarme og brakkerigg trenger til sammen 400 kW i " +
                $"vinterhalvåret. Ny nettstasjon er bestilt, men settes først i drift i {c.MonthName(2027, 2)}.",
            ReplacementMachine = "Cat 950 GC, Stage V",
            ReplacementFuel = "hvo100",
            ReplacementEmissionClass = "stage-v",
            MitigatingMeasures = "Kapasiteten prioriteres for elektriske gravemaskiner og byggvarme. Batteribank for lading om natten vurderes fra januar. " +
                $"Nettkapasiteten er oppgitt for byggeplassen (250 av 400 kW, Elvia sak {c.Date(2026, 6, 12).Year}-118734).",
            Applied = D(2026, 6, 15),
            Assessment = ("Nettselskapets bekreftelse dokumenterer 250 av 400 kW. Hjullasteren holdes utenfor kravet til utslippsfrie maskintimer " +
                "fram til ny nettstasjon er i drift, og skal gå på HVO100. Anbefales godkjent.", WaiverRecommendation.Approve, D(2026, 6, 22)),
            Decision = (WaiverDecisionKind.Approved, $"Godkjent til og med {c.MonthName(2027, 1)}.", D(2026, 6, 25)),
        });

        Waiver(db, 3, okern, fjordbygg, new()
        {
            MachineId = "VOLVO-A30G-5521",
            MachineType = "dumper",
            MachineDescription = "Rammestyrt dumper 24 t for intern massetransport",
            From = c.Date(2026, 9, 1),
            To = c.Date(2026, 12, 31),
            Reason = WaiverReason.Cost,
            Justification = "Elektrisk dumper koster om lag 40 % mer i leie enn diesel, og kalkylen i tilbudet bygde på dieselmaskin.",
            Evidence = $"Leietilbud fra Volvo Maskin {c.Date(2026, 8, 20):dd.MM.yyyy}: A30G diesel 138 000 kr/mnd, to elektriske TA15 195 000 kr/mnd.",
            ReplacementMachine = "Volvo A30G, Stage V",
            ReplacementFuel = "diesel",
            ReplacementEmissionClass = "stage-v",
            Applied = D(2026, 8, 24),
            Assessment = ("Merkostnad er ikke grunnlag for fravik etter kontraktens klimakrav, og elektriske dumpere er tilgjengelige i markedet. " +
                "Anbefales avslått.", WaiverRecommendation.Reject, D(2026, 8, 31)),
            Decision = (WaiverDecisionKind.Rejected, $"Avslått. Kostnad er ikke fravikgrunn i denne kontrakten. Dumperen må erstattes av en utslippsfri maskin innen {c.Long(2026, 12, 1)}.",
                D(2026, 9, 3)),
        });

        Waiver(db, 4, contracts["OBF-2025-003"], fjordbygg, new()
        {
            MachineId = "LIEBHERR-LTM1060-3",
            MachineType = "mobilkran",
            MachineDescription = "Mobilkran 60 t for løft av prefabrikkerte dekkelementer",
            // The lifting days, from a week after the application: a waiver for the days the crane is on the site.
            From = NorwegianTime.DateOf(Ago(3)).AddDays(7),
            To = NorwegianTime.DateOf(Ago(3)).AddDays(32),
            Reason = WaiverReason.TechnicalUnavailability,
            Justification = "Dekkelementene veier opptil 9 t og løftes på 28 m radius. Det krever mobilkran i 60-tonnsklassen, og elektriske mobilkraner " +
                "i denne klassen finnes ikke i Norge i dag.",
            Evidence = $"Forespørsel {c.Short(2026, 11, 2)}–{c.Short(2026, 11, 6)} om elektrisk eller hybrid mobilkran over 50 t.",
            CompaniesAsked = "Nordic Crane: ingen over 40 t\nKranor: ingen elektrisk mobilkran\nStavdal: hybrid 40 t, for liten",
            ReplacementMachine = "Liebherr LTM 1060-3.1, Stage V",
            ReplacementFuel = "hvo100",
            ReplacementEmissionClass = "stage-v",
            MitigatingMeasures = "Kranen står bare på plassen på løftedager (anslått tolv dager), og motoren slås av mellom løftene.",
            Applied = Ago(3),
        });

        Waiver(db, 5, contracts["BYM-2024-112"], organisations[DemoData.OrgNo.Nordlys], new()
        {
            MachineId = "VOGELE-1900-3",
            MachineType = "asfaltutlegger",
            MachineDescription = "Asfaltutlegger for full veibredde",
            From = c.Date(2026, 10, 1),
            To = c.Date(2026, 10, 31),
            Reason = WaiverReason.MarketUnavailability,
            Justification = "Utlegging av slitelag i full bredde på Ring 2 krever en asfaltutlegger i 1900-klassen. Elektriske utleggere finnes bare i " +
                "mindre størrelser.",
            Evidence = $"Forespørsel til utleiere og asfaltentreprenører {c.MonthName(2026, 9)}.",
            CompaniesAsked = "Wirtgen Norge: elektrisk bare i 1300-klassen\nVeidekke Asfalt: ingen for utleie\nPeab Asfalt: ingen for utleie",
            ReplacementMachine = "Vögele Super 1900-3i, Stage V",
            ReplacementFuel = "hvo100",
            ReplacementEmissionClass = "stage-v",
            MitigatingMeasures = "Kjøres på HVO100 fra oktober. Utlegging samles på færre dager.",
            Applied = Ago(12),
            Actor = "Nina Nordlys",
            Assessment = ("Dokumentasjonen viser at elektrisk utlegger i denne bredden ikke er tilgjengelig. Anbefales godkjent for oktober.",
                WaiverRecommendation.Approve, Ago(5)),
            Advisor = "Siri Bymiljø",
        });

        // Økern's grid connection: 250 of the 400 kW the site needs, confirmed by the grid owner, stated once for the site
        // and accepted. (Before statements it was a grid-capacity waiver's figures; the wheel loader's waiver remains.)
        db.GridStatements.Add(new GridStatement
        {
            ContractId = okern,
            SupplierId = fjordbygg,
            PeriodFrom = c.Period("2026-07"),
            PeriodTo = c.Period("2027-01"),
            NeededKw = 400,
            AvailableKw = 250,
            GridOwnerReference = $"Elvia AS, e-post {c.Date(2026, 6, 12):dd.MM.yyyy}, sak {c.Date(2026, 6, 12).Year}-118734: 250 kW fram til ny nettstasjon, planlagt {c.MonthName(2027, 2)}",
            Status = GridStatementStatus.Accepted,
            StatedBy = Supplier,
            StatedAt = D(2026, 6, 15),
            DecisionComment = "Godtatt på grunnlag av nettselskapets bekreftelse.",
            DecidedBy = Admin,
            DecidedAt = D(2026, 6, 25),
            UpdatedAt = D(2026, 6, 25),
        });

        // Ring 2 has two sites; the grid at Carl Berners plass could not charge the paver and the roller at once in its last
        // two months. Stated, and awaiting the buyer.
        db.GridStatements.Add(new GridStatement
        {
            ContractId = contracts["BYM-2024-112"],
            SupplierId = organisations[DemoData.OrgNo.Nordlys],
            Site = "Ring 2 Carl Berners plass",
            PeriodFrom = c.Period("2026-09"),
            PeriodTo = c.Period("2026-10"),
            NeededKw = 320,
            AvailableKw = 160,
            GridOwnerReference = $"Elvia AS, brev {c.Date(2026, 8, 28):dd.MM.yyyy}, sak {c.Date(2026, 8, 28).Year}-204417",
            Status = GridStatementStatus.Stated,
            StatedBy = "Nina Nordlys",
            StatedAt = D(2026, 9, 2),
            UpdatedAt = D(2026, 9, 2),
        });
    }

    /// <summary>
    /// The demo deviations, on requirements the contracts have (DemoRequirements) and with the figures, reasons,
    /// offenders and sanctions the real evaluation of the demo reports gives for their windows, so the deviation, the
    /// compliance page and the reports agree. Runs after the reports, waivers and requirements are saved (the evaluation
    /// reads them) and before the evaluation at seeding, which then finds these deviations already up to date.
    /// </summary>
    /// <param name="calendar">The clock at seeding, and the dates as written moved to it.</param>
    public static async Task AddDeviationsAsync(AppDbContext db, IReadOnlyDictionary<string, Guid> contracts, DemoCalendar calendar, CancellationToken cancellationToken)
    {
        var c = calendar;
        DateTime Ago(int days) => calendar.Now.Date.AddDays(-days).AddHours(9);
        DateTime D(int year, int month, int day) => calendar.At(year, month, day);
        string[] Periods(params string[] written) => [.. written.Select(calendar.Period)];
        var today = NorwegianTime.DateOf(calendar.Now);
        var okern = contracts["OBF-2024-017"];
        var ring2 = contracts["BYM-2024-112"];
        var evaluations = new Dictionary<Guid, IReadOnlyList<RequirementCompliance>>
        {
            [okern] = await Evaluate(db, okern, today, cancellationToken),
            [ring2] = await Evaluate(db, ring2, today, cancellationToken),
        };

        // Økern, July–October: the diesel dumper (its cost waiver was rejected) keeps the site below the zero-emission
        // requirement every month. The supplier answered in time, but the date it gave for the corrective action has
        // passed and the buyer has not closed the deviation: it needs following up.
        Deviation(db, evaluations, okern, ZeroEmissionKey, Ago(30), Periods("2026-07", "2026-08", "2026-09", "2026-10"),
            answer: ("Dieseldumperen erstattes av to elektriske Volvo TA15. Fram til da kjøres den bare ved intern massetransport og på HVO100.",
                today.AddDays(-4), Ago(26), null));

        // Økern, idle share: the bid promised at most 15 %, and every month since July came in at 22 % (the machines'
        // idle hours in the demo reports). October was added to the deviation when its report came; no answer, and the
        // answer deadline has passed.
        Deviation(db, evaluations, okern, DemoRequirements.OkernIdlePromiseKey, Ago(DeviationRules.AnswerDays + 10), Periods("2026-07", "2026-08", "2026-09"),
            added: (Periods("2026-10"), Ago(DeviationRules.AnswerDays + 3)));

        // Ring 2, September: the HVO excavator and the diesel paver without a waiver; closed with a reduced sanction.
        // October fails again (the paver's waiver still awaits the decision): the evaluation at seeding opens a new
        // deviation for it, since a closed deviation is never reopened.
        Deviation(db, evaluations, ring2, ZeroEmissionKey, D(2026, 10, 15), Periods("2026-09"),
            answer: ("Gravemaskinen byttes til elektrisk Hitachi ZX300 fra november. Det søkes fravik for asfaltutleggeren.", c.Date(2026, 11, 1),
                D(2026, 10, 20), "Nina Nordlys"),
            closing: (DeviationResolution.Sanctioned, "Sanksjon etter kontraktens punkt 4.3.", 40_000m,
                "Redusert med 10 000 kr: gravemaskinen ble byttet raskt, og fravik for utleggeren er søkt.", D(2026, 11, 18), "Siri Bymiljø"));
    }

    /// <summary>The contract's requirements evaluated on its saved reports and waivers, as the evaluation at seeding will.</summary>
    private static async Task<IReadOnlyList<RequirementCompliance>> Evaluate(AppDbContext db, Guid contractId, DateOnly today, CancellationToken cancellationToken)
    {
        var requirements = await db.Requirements.AsNoTracking().Where(r => r.ContractId == contractId).OrderBy(r => r.Position).ToListAsync(cancellationToken);
        var facts = await EvaluateCompliance.LoadFacts(db, contractId, cancellationToken);
        return ComplianceEvaluation.Evaluate(facts, [.. requirements.Select(r => r.Rule())], today);
    }

    private sealed record DemoWaiver
    {
        public required string MachineId { get; init; }
        public string? MachineType { get; init; }
        public string? MachineDescription { get; init; }
        public required DateOnly From { get; init; }
        public required DateOnly To { get; init; }
        /// <summary>A partial approval's last day; the days approved run from <see cref="From"/>.</summary>
        public DateOnly? ApprovedTo { get; init; }
        public WaiverReason Reason { get; init; }
        public required string Justification { get; init; }
        public string? Evidence { get; init; }
        public string? CompaniesAsked { get; init; }
        public required string ReplacementMachine { get; init; }
        public required string ReplacementFuel { get; init; }
        public string? ReplacementEmissionClass { get; init; }
        public string? MitigatingMeasures { get; init; }
        public DateTime Applied { get; init; }
        public string Actor { get; init; } = Supplier;
        public string Advisor { get; init; } = DemoCases.Advisor;
        public (string Text, WaiverRecommendation Recommendation, DateTime At)? Assessment { get; init; }
        public (WaiverDecisionKind Kind, string Comment, DateTime At)? Decision { get; init; }
    }

    private static void Waiver(AppDbContext db, int number, Guid contractId, Guid supplierId, DemoWaiver w)
    {
        // Numbered in the year of the application, as ApplyForWaiver numbers them.
        var year = w.Applied.Year;
        var status = w.Decision is { } d ? WaiverRules.StatusAfter(d.Kind) : w.Assessment is null ? WaiverStatus.Applied : WaiverStatus.Assessed;
        var approved = status == WaiverStatus.Approved;
        var waiver = new Waiver
        {
            Reference = string.Create(CultureInfo.InvariantCulture, $"FRAVIK-{year}-{number:0000}"),
            Year = year,
            Number = number,
            ContractId = contractId,
            SupplierId = supplierId,
            MachineId = w.MachineId,
            MachineType = w.MachineType,
            MachineDescription = w.MachineDescription,
            FromDate = w.From,
            ToDate = w.To,
            ApprovedFromDate = approved ? w.From : null,
            ApprovedToDate = approved ? w.ApprovedTo ?? w.To : null,
            Reason = w.Reason,
            Justification = w.Justification,
            Evidence = w.Evidence,
            CompaniesAsked = w.CompaniesAsked,
            ReplacementMachine = w.ReplacementMachine,
            ReplacementFuel = w.ReplacementFuel,
            ReplacementEmissionClass = w.ReplacementEmissionClass,
            MitigatingMeasures = w.MitigatingMeasures,
            Status = status,
            AppliedBy = w.Actor,
            AppliedAt = w.Applied,
            Assessment = w.Assessment?.Text,
            Recommendation = w.Assessment?.Recommendation,
            AssessedBy = w.Assessment is null ? null : w.Advisor,
            AssessedAt = w.Assessment?.At,
            DecisionComment = w.Decision?.Comment,
            DecidedBy = w.Decision is null ? null : Admin,
            DecidedAt = w.Decision?.At,
            UpdatedAt = w.Decision?.At ?? w.Assessment?.At ?? w.Applied,
        };
        db.Waivers.Add(waiver);
        History(db, waiver.Id, w.Applied, w.Actor, "applied", string.Create(CultureInfo.InvariantCulture, $"{w.MachineId}, {w.From:yyyy-MM-dd}–{w.To:yyyy-MM-dd}"));
        if (w.Assessment is { } a)
        {
            History(db, waiver.Id, a.At, w.Advisor, "assessed-" + a.Recommendation.Code(), a.Text);
        }

        if (w.Decision is { } decision)
        {
            History(db, waiver.Id, decision.At, Admin, decision.Kind.Code(), decision.Comment);
        }
    }

    private static void History(AppDbContext db, Guid waiverId, DateTime at, string actor, string action, string? detail) =>
        db.WaiverHistory.Add(new WaiverHistoryEntry { WaiverId = waiverId, At = at, Actor = actor, Action = action, Detail = detail });

    /// <summary>
    /// A deviation opened with <paramref name="openedWith"/> and, later, the windows <paramref name="added"/>, each
    /// window as the evaluation gives it. A window the evaluation does not find failing, or a requirement the contract
    /// does not have, stops the seeding: demo data that contradicts the evaluation must not reach a first login.
    /// </summary>
    private static void Deviation(AppDbContext db, Dictionary<Guid, IReadOnlyList<RequirementCompliance>> evaluations, Guid contractId, string key,
        DateTime opened, string[] openedWith, (string[] Windows, DateTime At)? added = null,
        (string Action, DateOnly DoneBy, DateTime At, string? By)? answer = null,
        (DeviationResolution Resolution, string Comment, decimal Amount, string Reason, DateTime At, string By)? closing = null)
    {
        var result = evaluations[contractId].SingleOrDefault(r => r.Requirement.Key == key)
            ?? throw new InvalidOperationException($"Demo deviation on '{key}': the contract has no requirement with that key.");
        var windows = openedWith.Concat(added?.Windows ?? []).Select(window =>
            result.Verdicts.SingleOrDefault(v => v.Window == window) is { Status: ComplianceStatus.NotMet } verdict
                ? DeviationSnapshot.From(verdict, result.Requirement)
                : throw new InvalidOperationException($"Demo deviation on '{key}': the evaluation does not find {window} failing.")).ToList();
        var deviation = new Deviation
        {
            ContractId = contractId,
            RequirementKey = key,
            ClauseText = result.Requirement.ClauseText,
            WindowKind = result.Requirement.Window,
            Window = windows[^1].Window,
            OpenedAt = opened,
            UpdatedAt = closing?.At ?? answer?.At ?? added?.At ?? opened,
            AnswerDeadline = DeviationRules.AnswerDeadline(opened),
            Status = closing is not null ? DeviationStatus.Closed : answer is not null ? DeviationStatus.Answered : DeviationStatus.Open,
            SnapshotJson = DeviationSnapshot.Write(windows),
            ProposedAmountNok = DeviationRules.ProposedSanction(result.Requirement.Window,
                [.. windows.Select(w => new WindowSanction(w.Window, w.Sanction?.ToDomain(), w.Cleared))]).AmountNok,
        };
        db.Deviations.Add(deviation);
        // In the words the evaluation uses when it opens and updates a deviation (ReconcileDeviations).
        AddHistory(opened, "Klimaspor", "opened", string.Join(", ", openedWith));
        if (added is { } later)
        {
            AddHistory(later.At, "Klimaspor", "updated", "+ " + string.Join(", ", later.Windows));
        }

        if (answer is { } a)
        {
            deviation.CorrectiveAction = a.Action;
            deviation.CorrectiveDueDate = a.DoneBy;
            deviation.AnsweredBy = a.By ?? Supplier;
            deviation.AnsweredAt = a.At;
            AddHistory(a.At, deviation.AnsweredBy, "answered", $"{a.DoneBy:yyyy-MM-dd}: {a.Action}");
        }

        if (closing is { } c)
        {
            deviation.Resolution = c.Resolution;
            deviation.CloseComment = c.Comment;
            deviation.ClosedBy = c.By;
            deviation.ClosedAt = c.At;
            deviation.ConfirmedAmountNok = c.Amount;
            deviation.AmountReason = c.Reason;
            AddHistory(c.At, c.By, "closed-" + c.Resolution.Code(), $"{c.Amount:0} NOK: {c.Comment}");
        }

        void AddHistory(DateTime at, string actor, string action, string? detail) =>
            db.DeviationHistory.Add(new DeviationHistoryEntry { DeviationId = deviation.Id, At = at, Actor = actor, Action = action, Detail = detail });
    }
}
