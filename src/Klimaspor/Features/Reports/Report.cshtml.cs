using System.Globalization;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Domain.Reporting.Template;
using Klimaspor.Features.Calculations;
using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Reports;

/// <summary>One supplier's report for one period: the supplier edits and submits, the buyer reviews; both see the figures.</summary>
/// <remarks>
/// The line form posts one value per cell: a register of a few hundred machines is well past ASP.NET Core's default
/// of 1 024 form values. Larger registers belong in the workbook.
/// </remarks>
[Authorize(Policy = Policies.ContractReader)]
[RequestFormLimits(ValueCountLimit = MaxFormValues)]
public sealed class ReportModel(AppServices services, IStringLocalizer localizer) : PageModel
{
    public const int MaxFormValues = 25_000;

    /// <summary>
    /// Above this the draft is not shown as a line form (nor in the paste boxes): a thousand lines of some twenty columns
    /// is near <see cref="MaxFormValues"/>, and a page of 100 000 editable lines would not load. Such drafts come and
    /// go as files.
    /// </summary>
    public const int MaxFormLines = 1_000;

    /// <summary>
    /// The latest submission's warnings the page lists; the rest are in the CSV download. A 100 000-line report can
    /// have 40 000 warnings, which as one list made the page megabytes of HTML.
    /// </summary>
    public const int MaxWarningsShown = 100;

    private ReportContext? _context;

    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public string Period { get; set; } = string.Empty;
    [BindProperty(SupportsGet = true)] public string? Supplier { get; set; }
    [BindProperty] public string? Machines { get; set; }
    [BindProperty] public string? Vehicles { get; set; }
    [BindProperty] public string? Energy { get; set; }
    [BindProperty] public string? FuelDeliveries { get; set; }
    [BindProperty] public string? RowVersion { get; set; }
    [BindProperty] public string? Comment { get; set; }

    /// <summary>Set by the line form, whose Submit button saves its lines before submitting them.</summary>
    [BindProperty] public bool LineForm { get; set; }

    /// <summary>The subcontractors the line form's main supplier declares had no activity (organisation numbers).</summary>
    [BindProperty] public List<string> NoActivity { get; set; } = [];

    /// <summary>The subcontractors the contract names, on the main supplier's report (who it can answer for); else none.</summary>
    public IReadOnlyList<Domain.Reporting.Reports.Reporter> Subcontractors { get; private set; } = [];

    /// <summary>What the form shows as declared: as posted when the page comes back refused, else the draft's.</summary>
    public IReadOnlyCollection<string> DeclaredNoActivity => Request.HasFormContentType && LineForm ? NoActivity : Report?.Draft.NoActivity ?? [];

    /// <summary>The page of the latest submission's calculated lines shown (<c>?linesPage=N</c>).</summary>
    [BindProperty(SupportsGet = true)] public int LinesPage { get; set; } = 1;

    public ReportView? Report { get; private set; }
    public CalculatedLinesView? LatestLines { get; private set; }
    public CalculatedLinesPage? LatestLinesPage { get; private set; }

    /// <summary>The draft has more lines than <see cref="MaxFormLines"/>: no line form, a message and the Submit button.</summary>
    public bool DraftTooLarge { get; private set; }

    public int DraftLineCount { get; private set; }
    public IReadOnlyList<AuditView> Audit { get; private set; } = [];
    public IReadOnlyList<ReportFileView> Files { get; private set; } = [];
    public FormErrors Errors { get; } = new();

    /// <summary>A refused upload with more errors than the page lists: the whole list to download (<see cref="ImportErrorReports"/>).</summary>
    public Guid? ErrorReportId { get; private set; }
    public bool CanEdit { get; private set; }
    public bool CanReview { get; private set; }

    /// <summary>For a buyer about to review: the requirements' verdicts with the version under review and without it.</summary>
    public ReviewComparison? Verdicts { get; private set; }

    /// <summary>The lines as the line form shows them: the draft, or what was posted when the page comes back with it.</summary>
    public ReportForm Form { get; private set; } = new();

    /// <summary>The line form's messages beside their inputs, by input name; the summary has them located.</summary>
    public Dictionary<string, string> FieldMessages { get; } = new(StringComparer.Ordinal);

    public DraftPreview? Preview { get; private set; }

    /// <summary>The latest earlier report's register, offered to a period that has no draft yet.</summary>
    public RegisterSource? Register { get; private set; }

    /// <summary>The period whose register was just filled in, to say so.</summary>
    public string? FilledFromRegister { get; private set; }

    /// <summary>Where focus goes after a line was added or removed without script: the new line, or the table.</summary>
    public string? AutofocusId { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await Load(null, cancellationToken) ? Page() : NotFound();

    /// <summary>The form filled with last period's machines and vehicles; nothing is stored until the supplier saves.</summary>
    public async Task<IActionResult> OnGetRegisterAsync(CancellationToken cancellationToken)
    {
        if (!await Load(null, cancellationToken))
        {
            return NotFound();
        }

        if (CanEdit && Report!.Id is null && Register is { } register)
        {
            Form = ReportForm.Register(register.Lines, CultureInfo.CurrentUICulture.Name);
            FilledFromRegister = register.Period;
            Preview = await PreviewReport.Handle(_context!, Form, services.Db, localizer, cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var form = ReportForm.Read(FormFields());
        var saved = await SaveLines(form, cancellationToken);
        if (saved.Succeeded)
        {
            TempData["Flash"] = localizer["Reports.DraftSaved"].Value;
            return Redirect(Request.Path);
        }

        return await Refused(saved, form, cancellationToken);
    }

    public async Task<IActionResult> OnPostAddLineAsync(string? sheet, CancellationToken cancellationToken)
    {
        var form = ReportForm.Read(FormFields());
        if (ReportForm.SheetOf(sheet) is { } added)
        {
            form.AddLine(added);
            AutofocusId = FormErrors.Id(ReportForm.Field(added, form.Rows(added).Count - 1, added.Columns[0].Key));
        }

        return await Load(form, cancellationToken) ? Page() : NotFound();
    }

    /// <param name="line">The sheet's key and the line's index, <c>machines:3</c>.</param>
    public async Task<IActionResult> OnPostRemoveLineAsync(string? line, CancellationToken cancellationToken)
    {
        var form = ReportForm.Read(FormFields());
        var parts = line?.Split(':');
        if (parts is [var key, var index] && ReportForm.SheetOf(key) is { } sheet
            && int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && form.RemoveLine(sheet, i))
        {
            AutofocusId = sheet.Key + "-heading";
        }

        return await Load(form, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>Without script: the page again with the figures for the lines as they stand, nothing stored.</summary>
    public async Task<IActionResult> OnPostRecalculateAsync(CancellationToken cancellationToken) =>
        await Load(ReportForm.Read(FormFields()), cancellationToken) ? Page() : NotFound();

    /// <summary>
    /// The figures panel as JSON for the page's script, which posts the form as the supplier types: the same reading
    /// and the same calculation as saving and submitting, with the page's own sign-in and antiforgery token.
    /// </summary>
    public async Task<IActionResult> OnPostFiguresAsync(CancellationToken cancellationToken)
    {
        var context = await ReportAccess.Resolve(Id, Period, null, services, cancellationToken);
        if (context is null)
        {
            return NotFound();
        }

        var report = await ReportAccess.Find(context, services.Db, cancellationToken);
        if (!ReportAccess.CanEdit(context, services.Tenant, report?.Status ?? ReportStatus.NotStarted))
        {
            return Forbid();
        }

        var preview = await PreviewReport.Handle(context, ReportForm.Read(FormFields()), services.Db, localizer, cancellationToken);
        return new JsonResult(new
        {
            figures = preview.Figures.ToDictionary(f => f.Key, f => f.Value),
            warnings = preview.Warnings,
            errors = preview.Errors.Select(e => new { id = e.Id, message = e.Message, located = e.Located }),
            uncounted = Uncounted(preview),
            announcement = preview.Announcement,
        });
    }

    /// <summary>"2 lines have errors and are not counted", or nothing.</summary>
    public string? Uncounted(DraftPreview preview) =>
        preview.LinesWithErrors > 0 ? localizer["Reports.LinesNotCounted", preview.LinesWithErrors].Value
        : preview.Errors.Count > 0 ? localizer["Reports.LiveNoFigures", preview.Errors.Count].Value
        : null;

    /// <summary>The paste boxes: rows copied from the template in Excel, one box per sheet, replacing the draft's lines.</summary>
    public async Task<IActionResult> OnPostPasteAsync(CancellationToken cancellationToken)
    {
        var sheets = new Dictionary<string, IReadOnlyList<IReadOnlyList<string?>>>(PastedReport.Sheets(Machines, Vehicles, Energy))
        {
            [TemplateSheets.FuelDeliveries.Name] = string.IsNullOrWhiteSpace(FuelDeliveries) ? [] : CsvTable.Read(FuelDeliveries).Rows,
        };
        var outcome = await SaveReportDraft.Handle(new DraftRequest(Id, Period, ReportTemplate.AsRead(sheets), "web", ExpectedVersion), services, cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Flash"] = localizer["Reports.DraftSaved"].Value;
            return Redirect(Request.Path);
        }

        if (outcome.Kind == OutcomeKind.Invalid)
        {
            // Each problem beside the box of its sheet, at its row as pasted.
            Errors.AddLocated(outcome.Problems, outcome.Unlisted, e => "paste-" + (TemplateSheets.Find(e.Sheet ?? string.Empty) ?? TemplateSheets.Machines).Key, localizer);
        }
        else if (this.Refusal(outcome, Errors, localizer, "paste-machines", stale: () => Errors.Add("paste-machines", localizer["Reports.ConflictText"])) is { } leave)
        {
            return leave;
        }

        return await Load(null, cancellationToken, keepPasted: true) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnGetWorkbookAsync(CancellationToken cancellationToken) =>
        await DownloadWorkbook.Handle(Id, Period, Supplier, services, cancellationToken) is { } file
            ? File(file.Content, ReportUploads.WorkbookContentType, file.FileName)
            : NotFound();

    public async Task<IActionResult> OnGetWarningsAsync(CancellationToken cancellationToken) =>
        await DownloadWarnings.Handle(Id, Period, Supplier, services, localizer, cancellationToken) is { } file
            ? File(file.Content, ExcelCsv.ContentType, file.FileName)
            : NotFound();

    public async Task<IActionResult> OnGetFileAsync(Guid fileId, CancellationToken cancellationToken) =>
        await ReportUploads.Find(Id, Period, Supplier, fileId, services, cancellationToken) is { } file
            ? File(file.Content, ReportUploads.ServedContentType, file.FileName)
            : NotFound();

    /// <summary>A refused upload's whole list of errors, for its organisation, within 24 hours; 404 otherwise.</summary>
    public async Task<IActionResult> OnGetErrorReportAsync(Guid errorReportId, CancellationToken cancellationToken) =>
        await ImportErrorReports.Find(errorReportId, services, cancellationToken) is { } report
            ? File(report.Content, ExcelCsv.ContentType, localizer["ErrorReport.FileName"].Value)
            : NotFound();

    public async Task<IActionResult> OnPostUploadAsync(IFormFileCollection files, [FromServices] IConfiguration configuration, CancellationToken cancellationToken)
    {
        var maxBytes = configuration.GetValue("Reports:MaxUploadBytes", ReportUploads.DefaultMaxBytes);
        if (files.Count == 0 || files.Sum(f => f.Length) > maxBytes)
        {
            Errors.Add("files", localizer[files.Count == 0 ? "Reports.ChooseFile" : "Reports.UploadTooLarge", maxBytes / (1024 * 1024)]);
            return await Load(null, cancellationToken) ? Page() : NotFound();
        }

        var outcome = await ImportReport.Handle(await ReportUploads.Files(files, cancellationToken), Id, Period, services, ReportUploads.Limits(maxBytes),
            cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Flash"] = localizer["Reports.Uploaded"].Value;
            return Redirect(Request.Path);
        }

        if (outcome.Kind == OutcomeKind.Invalid)
        {
            var maxShown = ImportErrorReports.MaxShown(configuration);
            Errors.AddLocated(outcome.Problems, outcome.Unlisted, _ => "files", localizer, maxShown);
            ErrorReportId = await ImportErrorReports.Keep(outcome, maxShown, services, localizer, cancellationToken);
        }
        else if (this.Refusal(outcome, Errors, localizer, "files") is { } leave)
        {
            return leave;
        }

        return await Load(null, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>Submits the draft; from the line form, its lines are saved first, so what the supplier sees is what is submitted.</summary>
    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken)
    {
        if (LineForm)
        {
            var form = ReportForm.Read(FormFields());
            var saved = await SaveLines(form, cancellationToken);
            if (!saved.Succeeded)
            {
                return await Refused(saved, form, cancellationToken);
            }
        }

        return await After(await SubmitReport.Handle(new ReportRef(Id, Period), services, localizer, cancellationToken), "Reports.SubmittedFlash", cancellationToken);
    }

    public async Task<IActionResult> OnPostApproveAsync(CancellationToken cancellationToken) =>
        await After(await ReviewReport.Approve(new ReportRef(Id, Period, Supplier), Comment, services, cancellationToken), "Reports.ApprovedFlash", cancellationToken);

    public async Task<IActionResult> OnPostReturnAsync(CancellationToken cancellationToken) =>
        await After(await ReviewReport.Return(new ReportRef(Id, Period, Supplier), Comment, services, cancellationToken), "Reports.ReturnedFlash", cancellationToken);

    public static string StatusColour(string status) => status switch
    {
        "Approved" => "success",
        "Submitted" => "info",
        "Returned" => "warning",
        _ => "neutral",
    };

    private async Task<IActionResult> After(Outcome<ReportView> outcome, string flash, CancellationToken cancellationToken)
    {
        if (outcome.Succeeded)
        {
            TempData["Flash"] = localizer[flash].Value;
            return Redirect(Request.Path + Request.QueryString);
        }

        return this.Refusal(outcome, Errors, localizer, "comment") ?? (await Load(null, cancellationToken) ? Page() : NotFound());
    }

    /// <summary>The form's version of the draft: none when the page showed no draft yet, so the first save creates it.</summary>
    private Guid? ExpectedVersion => ApiOutcomes.SentVersion(RowVersion);

    private async Task<Outcome<ReportView>> SaveLines(ReportForm form, CancellationToken cancellationToken)
    {
        var outcome = await SaveReportDraft.Handle(new DraftRequest(Id, Period, ReportTemplate.AsRead(form.TemplateRows()), "web", ExpectedVersion)
        {
            NoActivity = NoActivity,
        }, services, cancellationToken);
        if (outcome.Kind == OutcomeKind.Invalid)
        {
            foreach (var message in outcome.Problems.Select(e => PreviewReport.Message(e, localizer)))
            {
                Errors.Add(message.Field, message.Located);
                FieldMessages.TryAdd(message.Field, message.Message);
            }
        }

        return outcome;
    }

    /// <summary>The page again with the lines as posted, after saving them was refused.</summary>
    private async Task<IActionResult> Refused(Outcome<ReportView> refused, ReportForm form, CancellationToken cancellationToken)
    {
        // The problems of invalid lines are beside their fields already (SaveLines); the rest go above the machines.
        if (refused.Kind != OutcomeKind.Invalid
            && this.Refusal(refused, Errors, localizer, TemplateSheets.Machines.Key, stale: () => Errors.Add(TemplateSheets.Machines.Key, localizer["Reports.ConflictText"])) is { } leave)
        {
            return leave;
        }

        return await Load(form, cancellationToken) ? Page() : NotFound();
    }

    private IEnumerable<KeyValuePair<string, string?>> FormFields() =>
        Request.HasFormContentType ? Request.Form.Select(f => new KeyValuePair<string, string?>(f.Key, f.Value.ToString())) : [];

    /// <param name="form">The line form as posted; null fills it (and the paste boxes) from the draft.</param>
    /// <param name="keepPasted">The paste boxes keep what was posted, so a mistake can be corrected in place.</param>
    private async Task<bool> Load(ReportForm? form, CancellationToken cancellationToken, bool keepPasted = false)
    {
        var context = await ReportAccess.Resolve(Id, Period, Supplier, services, cancellationToken);
        if (context is null)
        {
            return false;
        }

        _context = context;
        Report = await GetReport.View(context, services.Db, services.Clock, cancellationToken, latestWarningsOnly: true);
        var status = Enum.Parse<ReportStatus>(Report.Status);
        CanEdit = ReportAccess.CanEdit(context, services.Tenant, status);
        CanReview = ReportAccess.CanReview(context, services.Tenant, status);
        if (CanReview)
        {
            Verdicts = await CompareReportVerdicts.Handle(context, services.Db, services.Clock, cancellationToken);
        }

        if (context.SupplierId == context.Contract.SupplierId)
        {
            Subcontractors = (await Compliance.EvaluateCompliance.Reporters(services.Db, context.Contract.Id, context.Contract.SupplierId, cancellationToken)).Subcontractors;
        }

        DraftLineCount = Report.Draft.Machines.Count + Report.Draft.Vehicles.Count + Report.Draft.Energy.Count + Report.Draft.FuelDeliveries.Count;
        DraftTooLarge = DraftLineCount > MaxFormLines;
        if (!keepPasted && form is null && !DraftTooLarge)
        {
            Machines = ReportRows.Text(ReportRows.Machines(Report.Draft.Machines));
            Vehicles = ReportRows.Text(ReportRows.Vehicles(Report.Draft.Vehicles));
            Energy = ReportRows.Text(ReportRows.Energy(Report.Draft.Energy));
            FuelDeliveries = ReportRows.Text(ReportRows.FuelDeliveries(Report.Draft.FuelDeliveries));
        }

        if (CanEdit && !DraftTooLarge)
        {
            Form = form ?? ReportForm.Of(Report.Draft, CultureInfo.CurrentUICulture.Name);
            Preview = await PreviewReport.Handle(context, Form, services.Db, localizer, cancellationToken);
            Register = Report.Id is null ? await ReportRegister.Latest(context, services.Db, cancellationToken) : null;
        }

        if (Report.Id is { } reportId)
        {
            LatestLinesPage = await ReportTraces.Page(reportId, LinesPage, services.Db, cancellationToken);
            LatestLines = LatestLinesPage is { } page ? new CalculatedLinesView(page.Result, null) : null;

            Audit = context.CallerIsSupplier ? [] : await GetReport.Audit(reportId, services.Db, cancellationToken);
            // The list without the content: files are fetched one at a time when someone opens one.
            Files = await services.Db.ReportFiles.AsNoTracking().Where(f => f.ReportId == reportId).OrderByDescending(f => f.UploadedAt)
                .Select(f => new ReportFileView(f.Id, f.FileName, f.Size, f.Sha256, f.UploadedBy, f.UploadedAt))
                .ToListAsync(cancellationToken);
        }

        return true;
    }
}
