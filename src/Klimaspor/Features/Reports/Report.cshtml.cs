using Klimaspor.Data;
using Klimaspor.Domain.Reporting.Reports;
using Klimaspor.Features.Calculator;
using Klimaspor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features.Reports;

/// <summary>One supplier's report for one period: the supplier edits and submits, the buyer reviews; both see the figures.</summary>
[Authorize(Policy = Policies.ContractReader)]
public sealed class ReportModel(AppDbContext db, Tenant tenant, TimeProvider clock, IStringLocalizer localizer) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public string Period { get; set; } = string.Empty;
    [BindProperty(SupportsGet = true)] public string? Supplier { get; set; }
    [BindProperty] public string? Machines { get; set; }
    [BindProperty] public string? Vehicles { get; set; }
    [BindProperty] public string? Energy { get; set; }
    [BindProperty] public string? RowVersion { get; set; }
    [BindProperty] public string? Comment { get; set; }

    public ReportView? Report { get; private set; }
    public CalculatedLinesView? LatestLines { get; private set; }
    public IReadOnlyList<AuditView> Audit { get; private set; } = [];
    public IReadOnlyList<UploadedReportFile> Files { get; private set; } = [];
    public FormErrors Errors { get; } = new();
    public bool CanEdit { get; private set; }
    public bool CanReview { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await Load(fillDraft: true, cancellationToken))
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var sheets = PastedReport.Sheets(Machines, Vehicles, Energy);
        var expected = Guid.TryParseExact(RowVersion, "N", out var v) ? v : (Guid?)null;
        var outcome = await SaveReportDraft.Handle(Id, Period, sheets, "web", expected, db, tenant, clock, cancellationToken);
        switch (outcome.Refusal)
        {
            case ReportRefusal.None:
                TempData["Flash"] = localizer["Reports.DraftSaved"].Value;
                return Redirect(Request.Path);
            case ReportRefusal.NotFound:
                return NotFound();
            case ReportRefusal.Forbidden:
                return Forbid();
            case ReportRefusal.Invalid:
                var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
                foreach (var e in outcome.Errors)
                {
                    Errors.Add(PastedReport.FieldOf(e.Sheet), localizer["Calculator.AtRow", localizer["Sheet." + PastedReport.FieldOf(e.Sheet)], e.Row ?? 0, e.Column ?? "", e.Text(culture)]);
                }

                break;
            default:
                Errors.Add("machines", localizer[outcome.Refusal == ReportRefusal.Conflict ? "Reports.ConflictText" : "Reports.Locked"]);
                break;
        }

        return await Load(fillDraft: false, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnGetWorkbookAsync(CancellationToken cancellationToken) =>
        await DownloadWorkbook.Handle(Id, Period, db, tenant, cancellationToken) is { } file
            ? File(file.Content, ReportUploads.WorkbookContentType, file.FileName)
            : NotFound();

    public async Task<IActionResult> OnGetFileAsync(Guid fileId, CancellationToken cancellationToken) =>
        await ReportUploads.Find(Id, Period, Supplier, fileId, db, tenant, cancellationToken) is { } file
            ? File(file.Content, file.ContentType, file.FileName)
            : NotFound();

    public async Task<IActionResult> OnPostUploadAsync(IFormFileCollection files, [FromServices] IConfiguration configuration, CancellationToken cancellationToken)
    {
        var maxBytes = configuration.GetValue("Reports:MaxUploadBytes", ReportUploads.DefaultMaxBytes);
        if (files.Count == 0 || files.Sum(f => f.Length) > maxBytes)
        {
            Errors.Add("files", localizer[files.Count == 0 ? "Reports.ChooseFile" : "Reports.UploadTooLarge", maxBytes / (1024 * 1024)]);
            return await Load(fillDraft: true, cancellationToken) ? Page() : NotFound();
        }

        var outcome = await ImportReport.Handle(await ReportUploads.Files(files, cancellationToken), Id, Period, db, tenant, clock, ReportUploads.Limits(maxBytes),
            cancellationToken);
        switch (outcome.Refusal)
        {
            case ReportRefusal.None:
                TempData["Flash"] = localizer["Reports.Uploaded"].Value;
                return Redirect(Request.Path);
            case ReportRefusal.Forbidden:
                return Forbid();
            case ReportRefusal.Invalid:
                var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
                foreach (var e in outcome.Errors)
                {
                    Errors.Add("files", e.Row is { } row ? localizer["Calculator.AtRow", e.Sheet, row, e.Column ?? "", e.Text(culture)] : $"{e.Sheet}: {e.Text(culture)}");
                }

                break;
            default:
                Errors.Add("files", localizer["Reports.Locked"]);
                break;
        }

        return await Load(fillDraft: true, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken)
    {
        var (refusal, _, errors) = await SubmitReport.Handle(Id, Period, db, tenant, clock, localizer, cancellationToken);
        return await After(refusal, errors, "Reports.SubmittedFlash", cancellationToken);
    }

    public async Task<IActionResult> OnPostApproveAsync(CancellationToken cancellationToken)
    {
        var (refusal, _, errors) = await ReviewReport.Handle(Id, Period, Supplier, true, Comment, db, tenant, clock, cancellationToken);
        return await After(refusal, errors, "Reports.ApprovedFlash", cancellationToken);
    }

    public async Task<IActionResult> OnPostReturnAsync(CancellationToken cancellationToken)
    {
        var (refusal, _, errors) = await ReviewReport.Handle(Id, Period, Supplier, false, Comment, db, tenant, clock, cancellationToken);
        return await After(refusal, errors, "Reports.ReturnedFlash", cancellationToken);
    }

    public static string StatusColour(string status) => status switch
    {
        "Approved" => "success",
        "Submitted" => "info",
        "Returned" => "warning",
        _ => "neutral",
    };

    private async Task<IActionResult> After(ReportRefusal refusal, IReadOnlyList<Domain.Validation.FieldError> errors, string flash, CancellationToken cancellationToken)
    {
        switch (refusal)
        {
            case ReportRefusal.None:
                TempData["Flash"] = localizer[flash].Value;
                return Redirect(Request.Path + Request.QueryString);
            case ReportRefusal.NotFound:
                return NotFound();
            case ReportRefusal.Forbidden:
                return Forbid();
            case ReportRefusal.Invalid:
                Errors.AddRange(errors, localizer);
                break;
            default:
                Errors.Add("comment", localizer["Reports.Locked"]);
                break;
        }

        return await Load(fillDraft: true, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> Load(bool fillDraft, CancellationToken cancellationToken)
    {
        var context = await ReportAccess.Resolve(Id, Period, Supplier, db, tenant, cancellationToken);
        if (context is null)
        {
            return false;
        }

        Report = await GetReport.View(context, db, clock, cancellationToken);
        var status = Enum.Parse<ReportStatus>(Report.Status);
        CanEdit = context.CallerIsSupplier && tenant.IsInRole(Roles.SupplierReporter) && ReportWorkflow.SupplierCanEdit(status);
        CanReview = !context.CallerIsSupplier && tenant.CanEditContracts && ReportWorkflow.BuyerCanReview(status);
        if (fillDraft)
        {
            Machines = ReportRows.Text(ReportRows.Machines(Report.Draft.Machines));
            Vehicles = ReportRows.Text(ReportRows.Vehicles(Report.Draft.Vehicles));
            Energy = ReportRows.Text(ReportRows.Energy(Report.Draft.Energy));
        }

        if (Report.Id is { } reportId)
        {
            var latest = await db.ReportSubmissions.AsNoTracking().Where(s => s.ReportId == reportId).OrderByDescending(s => s.Version)
                .Select(s => s.ResultJson).FirstOrDefaultAsync(cancellationToken);
            if (latest is not null)
            {
                LatestLines = new CalculatedLinesView(ReportView.Json<Domain.Emissions.CalculationResult>(latest), null);
            }

            Audit = context.CallerIsSupplier ? [] : await GetReport.Audit(reportId, db, cancellationToken);
            // The list without the content: files are fetched one at a time when someone opens one.
            Files = await db.ReportFiles.AsNoTracking().Where(f => f.ReportId == reportId).OrderByDescending(f => f.UploadedAt)
                .Select(f => new UploadedReportFile
                {
                    Id = f.Id,
                    FileName = f.FileName,
                    ContentType = f.ContentType,
                    Size = f.Size,
                    Sha256 = f.Sha256,
                    UploadedBy = f.UploadedBy,
                    UploadedAt = f.UploadedAt,
                    Content = Array.Empty<byte>(),
                })
                .ToListAsync(cancellationToken);
        }

        return true;
    }
}
