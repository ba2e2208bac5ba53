using Klimaspor.Data;
using Klimaspor.Domain.Calendar;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Domain.Reporting.Template;
using Klimaspor.Domain.Requirements;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Compliance;

/// <summary>Why an evaluation ran; shown in the history.</summary>
internal static class ComplianceTriggers
{
    public const string Requirements = "requirements";
    public const string OnDemand = "on-demand";

    public static string Submitted(string period, int version) => $"submitted {period} v{version}";

    public static string Approved(string period) => $"approved {period}";

    public static string Returned(string period) => $"returned {period}";

    public static string WaiverApproved(string reference) => $"waiver {reference}";

    /// <summary>A stored trigger in the reader's language; the stored form stays stable for systems.</summary>
    public static string Describe(string trigger, Microsoft.Extensions.Localization.IStringLocalizer t) => trigger switch
    {
        Requirements => t["Trigger.Requirements"],
        OnDemand => t["Trigger.OnDemand"],
        _ when trigger.StartsWith("submitted ", StringComparison.Ordinal) => t["Trigger.Submitted", trigger["submitted ".Length..]],
        _ when trigger.StartsWith("approved ", StringComparison.Ordinal) => t["Trigger.Approved", trigger["approved ".Length..]],
        _ when trigger.StartsWith("returned ", StringComparison.Ordinal) => t["Trigger.Returned", trigger["returned ".Length..]],
        _ when trigger.StartsWith("waiver ", StringComparison.Ordinal) => t["Trigger.WaiverApproved", trigger["waiver ".Length..]],
        _ => trigger,
    };
}

/// <summary>
/// A submission added in the caller's unit of work and not saved yet, with its fact lines as computed when it was
/// frozen: the evaluation in the same save reads them rather than unpacking what was just packed (100 000 lines: a
/// fifth of a second and 20 MB).
/// </summary>
/// <param name="AnswersFor">Whom it answers for besides its reporter (ReportLines.AnswersFor).</param>
internal sealed record NewSubmission(Guid ReportId, Guid SupplierId, string Period, int Version, DateTime SubmittedAt, IReadOnlyList<FactLine> Facts,
    IReadOnlyList<string> AnswersFor);

/// <summary>What an evaluation is asked to do, by whichever use case runs it.</summary>
/// <param name="Trigger">Why it runs (<see cref="ComplianceTriggers"/>), shown in the history.</param>
internal sealed record EvaluationRequest(Guid ContractId, string Trigger, DateTime Now)
{
    /// <summary>
    /// The contract's requirements in order as the caller's unit of work leaves them, when it changes them; null
    /// evaluates the stored ones.
    /// </summary>
    public IReadOnlyList<RequirementRule>? Requirements { get; init; }

    /// <summary>The submission the caller's unit of work adds, not saved yet; it counts as its report's latest version.</summary>
    public NewSubmission? Submitted { get; init; }

    /// <summary>The report the caller's unit of work returns to its supplier, not saved yet: its submissions count for nothing.</summary>
    public Guid? Returned { get; init; }

    /// <summary>Add a run even when the contract has no requirements and never had (the buyer asked for it).</summary>
    public bool Always { get; init; }
}

/// <summary>
/// Evaluates every requirement of a contract on its reports and keeps the result as a <see cref="ComplianceRun"/>.
/// Runs after every submission and approval and whenever requirements change, inside the caller's unit of work: what
/// the unit of work changes is passed in (the submission not yet saved, the requirements as they will be), never read
/// back from the change tracker, and one SaveChanges stores both, so a verdict never describes a state that was not
/// saved.
/// </summary>
internal static class EvaluateCompliance
{
    /// <summary>On demand: the buyer asks for a fresh evaluation (a due date passed, a waiver was decided).</summary>
    public static async Task<Outcome<ComplianceRun>> Handle(Guid contractId, AppServices services, CancellationToken cancellationToken)
    {
        var (db, _, clock) = services;
        var refusal = await ContractAccess.CheckEditor(contractId, services, cancellationToken);
        if (refusal is not OutcomeKind.Ok)
        {
            return Outcome<ComplianceRun>.Refused(refusal);
        }

        var run = await Add(new(contractId, ComplianceTriggers.OnDemand, clock.GetUtcNow().UtcDateTime) { Always = true }, db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<ComplianceRun>.Ok(run!); // always: true adds a run
    }

    /// <summary>On demand, answered with the new evaluation in full, as the history shows it in the caller's language.</summary>
    public static async Task<Outcome<ComplianceView>> OnDemand(Guid contractId, string culture, AppServices services,
        CancellationToken cancellationToken)
    {
        var outcome = await Handle(contractId, services, cancellationToken);
        // The run was just saved, and whoever may evaluate a contract may read its evaluations.
        return outcome.Succeeded
            ? Outcome<ComplianceView>.Ok((await GetCompliance.Run(contractId, outcome.Value.Id, culture, services, cancellationToken))!)
            : outcome.Failed<ComplianceView>();
    }

    /// <summary>
    /// Evaluates the contract as the request describes it and adds the run, unsaved. Null (nothing added) when the
    /// contract has no requirements and never had: there is nothing to say yet.
    /// </summary>
    public static async Task<ComplianceRun?> Add(EvaluationRequest request, AppDbContext db, CancellationToken cancellationToken)
    {
        var (contractId, now) = (request.ContractId, request.Now);
        var requirements = request.Requirements ?? [.. (await RequirementStore.Stored(db, contractId, cancellationToken)).Select(s => s.Rule)];
        if (requirements.Count == 0 && !request.Always && !await db.ComplianceRuns.AnyAsync(r => r.ContractId == contractId, cancellationToken))
        {
            return null;
        }

        var today = NorwegianTime.DateOf(now);
        var facts = await LoadFacts(db, contractId, cancellationToken, request.Submitted, returned: request.Returned);
        var results = requirements.Count == 0 ? [] : ComplianceEvaluation.Evaluate(facts, requirements, today);
        var run = new ComplianceRun
        {
            ContractId = contractId,
            At = now,
            Trigger = request.Trigger,
            ResultJson = RequirementStore.Write(results),
            SummaryJson = RequirementStore.Write(results.Select(RequirementSummary.From).ToList()),
        };
        db.ComplianceRuns.Add(run);

        // A failed verdict opens or updates a deviation, in this same unit of work, so a verdict is never stored
        // without the deviation it calls for.
        await Deviations.ReconcileDeviations.Handle(db, contractId, results, facts.SanctionCapNok, now, cancellationToken);
        return run;
    }

    /// <summary>
    /// Everything the evaluation needs from the database: the contract's dates and value, every period of its
    /// schedule with its due date, and per period the counted submission of each reporter's report
    /// (<see cref="CountedSubmission"/>: its compact fact lines), the time the main supplier first submitted, and who
    /// the contract names that has not reported (<see cref="ReportingCompleteness"/>).
    /// </summary>
    /// <param name="submitted">A submission not saved yet: it is its report's latest version, awaiting review.</param>
    /// <param name="leaveOut">A stored submission to read the facts without, as if it had not been submitted (a review's comparison).</param>
    /// <param name="returned">A report returned in the caller's unit of work, not saved yet.</param>
    public static async Task<ContractFacts> LoadFacts(AppDbContext db, Guid contractId, CancellationToken cancellationToken, NewSubmission? submitted = null,
        (Guid ReportId, int Version)? leaveOut = null, Guid? returned = null)
    {
        var contract = await db.Contracts.AsNoTracking().Where(c => c.Id == contractId)
            .Select(c => new { c.StartDate, c.EndDate, c.ValueNok, c.SanctionCapNok, c.ReportingFrequency, c.ReportDueDay, c.SupplierId })
            .SingleAsync(cancellationToken);
        var reporters = await Reporters(db, contractId, contract.SupplierId, cancellationToken);

        // Small rows first: which submission counts is decided on versions and statuses, then only those facts are read.
        var stored = await (
            from s in db.ReportSubmissions
            join r in db.Reports on s.ReportId equals r.Id
            where r.ContractId == contractId
            select new { s.Id, ReportId = r.Id, r.SupplierId, r.Period, s.Version, s.SubmittedAt, s.AnswersFor, r.Status, Latest = r.Version })
            .ToListAsync(cancellationToken);
        if (leaveOut is { } left)
        {
            stored.RemoveAll(s => s.ReportId == left.ReportId && s.Version == left.Version);
        }

        var inOrder = ReportingSchedule.Periods(contract.StartDate, contract.EndDate, contract.ReportingFrequency);
        var schedule = inOrder.ToDictionary(ReportingSchedule.Key);
        var submissions = With(submitted, [.. stored.Select(s => new SubmissionFacts(s.Id, s.ReportId, s.SupplierId, s.Period, s.Version, s.SubmittedAt,
            CountedSubmission.ReviewOf(s.ReportId == returned ? ReportStatus.Returned : s.Status, s.Version, s.Latest), ReportingCompleteness.Split(s.AnswersFor)))], schedule);
        var counted = submissions.GroupBy(s => s.ReportId)
            .Select(g => CountedSubmission.Pick(g, s => s.Version, s => s.Review))
            .OfType<SubmissionFacts>()
            .ToList();
        await ReadFacts(db, counted, cancellationToken);

        var periods = new List<PeriodFacts>();
        foreach (var period in inOrder)
        {
            var key = ReportingSchedule.Key(period);
            var ofPeriod = counted.Where(s => s.Period == key).ToList();
            var mainFirst = submissions.Where(s => s.Period == key && s.SupplierId == contract.SupplierId).Select(s => (DateTime?)s.SubmittedAt).Min();
            var lines = ofPeriod.Count == 1 ? ofPeriod[0].Facts! : [.. ofPeriod.SelectMany(s => s.Facts!)];
            var main = ofPeriod.FirstOrDefault(s => s.SupplierId == contract.SupplierId);
            periods.Add(new PeriodFacts
            {
                Period = period,
                Key = key,
                DueDate = ReportingSchedule.DueDate(period, contract.ReportDueDay),
                SubmittedAt = mainFirst is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : null,
                Lines = lines,
                MissingReporters = ReportingCompleteness.Missing(reporters.Main, reporters.Subcontractors, ReportingStatus.Reporting(
                    ofPeriod.Select(s => new ReportingStatus.CountedRow(s.SupplierId, s.AnswersFor)), contract.SupplierId, reporters,
                    main is null ? null : [.. main.Facts!.Select(f => f.OwnerOrgNo).OfType<string>().Distinct(StringComparer.Ordinal)])),
            });
        }

        var (waivers, grid) = await WaiverFacts.Load(db, contractId, cancellationToken);

        return new ContractFacts
        {
            StartDate = contract.StartDate,
            EndDate = contract.EndDate,
            ValueNok = contract.ValueNok,
            SanctionCapNok = contract.SanctionCapNok,
            Periods = periods,
            Waivers = waivers,
            GridCapacity = grid,
        };
    }

    /// <summary>The main supplier and the subcontractors the contract names, these by organisation number.</summary>
    internal sealed record ContractReporters(Reporter Main, IReadOnlyList<Reporter> Subcontractors, IReadOnlyDictionary<Guid, string> OrgNos)
    {
        /// <summary>A reporting organisation's number; a supplier no longer on the contract keeps its own report.</summary>
        public string OrgNo(Guid organisationId) => OrgNos.TryGetValue(organisationId, out var orgNo) ? orgNo : organisationId.ToString();
    }

    internal static async Task<ContractReporters> Reporters(AppDbContext db, Guid contractId, Guid supplierId, CancellationToken cancellationToken)
    {
        var main = await db.Organisations.AsNoTracking().Where(o => o.Id == supplierId).Select(o => new { o.Id, o.OrgNo, o.Name }).SingleAsync(cancellationToken);
        var subcontractors = await db.Contracts.AsNoTracking().Where(c => c.Id == contractId).SelectMany(c => c.Subcontractors)
            .Select(s => new { s.Organisation!.Id, s.Organisation.OrgNo, s.Organisation.Name })
            .ToListAsync(cancellationToken);
        subcontractors = [.. subcontractors.OrderBy(s => s.OrgNo, StringComparer.Ordinal)];
        return new ContractReporters(new Reporter(main.OrgNo, main.Name), [.. subcontractors.Select(s => new Reporter(s.OrgNo, s.Name))],
            subcontractors.Append(main).ToDictionary(o => o.Id, o => o.OrgNo));
    }

    private sealed record SubmissionFacts(Guid Id, Guid ReportId, Guid SupplierId, string Period, int Version, DateTime SubmittedAt, SubmissionReview Review,
        IReadOnlyList<string> AnswersFor)
    {
        public IReadOnlyList<FactLine>? Facts { get; set; }
    }

    /// <summary>
    /// The stored submissions with the one this unit of work adds and has not saved yet (as SubmitReport adds it): it
    /// awaits review, and the stored versions of its report were returned before it could be submitted.
    /// </summary>
    private static List<SubmissionFacts> With(NewSubmission? submitted, List<SubmissionFacts> stored, Dictionary<string, ReportingPeriod> schedule)
    {
        if (submitted is null || !schedule.ContainsKey(submitted.Period))
        {
            return stored;
        }

        return
        [
            .. stored.Select(s => s.ReportId == submitted.ReportId && submitted.Version > s.Version ? s with { Review = SubmissionReview.Returned } : s),
            new SubmissionFacts(Guid.Empty, submitted.ReportId, submitted.SupplierId, submitted.Period, submitted.Version, submitted.SubmittedAt,
                SubmissionReview.AwaitingReview, submitted.AnswersFor)
            {
                Facts = submitted.Facts,
            },
        ];
    }

    /// <summary>Reads the counted submissions' fact lines, unless a pending submission brought them in hand.</summary>
    private static async Task ReadFacts(AppDbContext db, List<SubmissionFacts> counted, CancellationToken cancellationToken)
    {
        var ids = counted.Where(s => s.Facts is null).Select(s => s.Id).ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var packed = await db.ReportSubmissions.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.Facts })
            .ToDictionaryAsync(s => s.Id, s => s.Facts, cancellationToken);
        foreach (var s in counted.Where(s => s.Facts is null))
        {
            s.Facts = FactStore.Facts(packed[s.Id]);
        }
    }
}
