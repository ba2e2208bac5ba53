using System.Text.Json;
using Klimaspor.Data;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Features.FactorSets;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Calculations;

public sealed record StoredCalculationView(
    Guid Id,
    string Title,
    FactorSetReference Territorial,
    FactorSetReference LifeCycle,
    KeyFigures Totals,
    Guid? RecalculationOf,
    string CreatedBy,
    DateTime CreatedAt,
    IReadOnlyList<StoredCalculationView> Recalculations);

/// <summary>Calculations kept with their factor sets and versions: figures that never change under them.</summary>
internal static class StoredCalculations
{
    public const int TitleMaxLength = 200;

    public static async Task<IReadOnlyList<StoredCalculationView>> List(AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, _) = services;
        var org = (await tenant.ScopeAsync(cancellationToken)).OrganisationId;
        var rows = await db.Calculations.AsNoTracking().Where(c => c.OrganisationId == org).OrderByDescending(c => c.CreatedAt).ToListAsync(cancellationToken);
        return [.. rows.Where(r => r.RecalculationOf is null).Select(r => View(r, rows))];
    }

    public static async Task<StoredCalculationView?> Get(Guid id, AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, _) = services;
        var org = (await tenant.ScopeAsync(cancellationToken)).OrganisationId;
        var rows = await db.Calculations.AsNoTracking()
            .Where(c => c.OrganisationId == org && (c.Id == id || c.RecalculationOf == id))
            .ToListAsync(cancellationToken);
        return rows.FirstOrDefault(r => r.Id == id) is { } row ? View(row, rows) : null;
    }

    /// <summary>The stored lines and result, for showing the trace of a stored calculation.</summary>
    public static async Task<(ReportLines Lines, CalculationResult Result)?> Load(Guid id, AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, _) = services;
        var org = (await tenant.ScopeAsync(cancellationToken)).OrganisationId;
        var row = await db.Calculations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.OrganisationId == org, cancellationToken);
        return row is null ? null : (Deserialize<ReportLines>(row.LinesJson), Deserialize<CalculationResult>(row.ResultJson));
    }

    public static async Task<Outcome<StoredCalculationView>> Save(string? title, CalculationRequest? request, AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, clock) = services;
        if (request is null)
        {
            return Outcome<StoredCalculationView>.Invalid(new Problem("calculation", "Validation.Required"));
        }

        var scope = await tenant.ScopeAsync(cancellationToken);
        var errors = new List<Problem>();
        title = TextField.Read(title, "title", TitleMaxLength, errors, required: true);
        if (errors.Count > 0 || title is null)
        {
            return Outcome<StoredCalculationView>.Invalid(errors);
        }

        var outcome = await CalculateLines.Handle(request, services, cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Failed<StoredCalculationView>();
        }

        var row = Store(title, request.Lines, outcome.Value!.Result, null, scope.OrganisationId, tenant, clock);
        db.Calculations.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<StoredCalculationView>.Ok(View(row, [row]));
    }

    /// <summary>An explicit act: the original keeps its figures, the new result is stored beside it.</summary>
    public static async Task<Outcome<StoredCalculationView>> Recalculate(Guid id, string? territorial, string? lifeCycle, AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, clock) = services;
        var scope = await tenant.ScopeAsync(cancellationToken);
        var original = await db.Calculations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.OrganisationId == scope.OrganisationId, cancellationToken);
        if (original is null)
        {
            return Outcome<StoredCalculationView>.NotFound;
        }

        var (t, l, errors) = await ResolveFactorSets.Handle(territorial, lifeCycle, scope, db, cancellationToken);
        if (errors.Count > 0)
        {
            return Outcome<StoredCalculationView>.Invalid(errors);
        }

        var lines = Deserialize<ReportLines>(original.LinesJson);
        var outcome = CalculateLines.Run(lines, t!, l!, null, null);
        if (!outcome.Succeeded)
        {
            return outcome.Failed<StoredCalculationView>();
        }

        var row = Store(original.Title, lines, outcome.Value!.Result, original.RecalculationOf ?? original.Id, scope.OrganisationId, tenant, clock);
        db.Calculations.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<StoredCalculationView>.Ok(View(row, [row]));
    }

    private static StoredCalculation Store(string title, ReportLines lines, CalculationResult result, Guid? recalculationOf, Guid organisationId,
        Tenant tenant, TimeProvider clock) => new()
        {
            OrganisationId = organisationId,
            Title = title,
            LinesJson = JsonSerializer.Serialize(lines, FactorSetStore.Json),
            ResultJson = JsonSerializer.Serialize(result, FactorSetStore.Json),
            TerritorialKey = result.Territorial.Key,
            TerritorialVersion = result.Territorial.Version,
            LifeCycleKey = result.LifeCycle.Key,
            LifeCycleVersion = result.LifeCycle.Version,
            RecalculationOf = recalculationOf,
            CreatedBy = tenant.ActorName,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };

    private static StoredCalculationView View(StoredCalculation row, IReadOnlyList<StoredCalculation> all)
    {
        var result = Deserialize<CalculationResult>(row.ResultJson);
        return new StoredCalculationView(row.Id, row.Title, result.Territorial, result.LifeCycle, result.Totals!, row.RecalculationOf, row.CreatedBy,
            row.CreatedAt, [.. all.Where(r => r.RecalculationOf == row.Id).OrderBy(r => r.CreatedAt).Select(r => View(r, all))]);
    }

    private static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, FactorSetStore.Json)!;
}
