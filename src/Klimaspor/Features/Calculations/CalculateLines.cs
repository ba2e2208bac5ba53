using System.Text.Json.Serialization;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Features.FactorSets;
using Klimaspor.Web;

namespace Klimaspor.Features.Calculations;

/// <param name="FactorSet">One set by key ("key" or "key@version"), used for its own boundary; the API note's name.</param>
/// <param name="PeriodStart">The reporting period, for the hours-beyond-days check; without it a 31-day month is assumed.</param>
public sealed record CalculationRequest(
    string? FactorSet,
    string? TerritorialFactorSet,
    string? LifeCycleFactorSet,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    IReadOnlyList<MachineLine>? Machines,
    IReadOnlyList<VehicleLine>? Vehicles,
    IReadOnlyList<EnergyLine>? Energy,
    IReadOnlyList<FuelDelivery>? FuelDeliveries)
{
    public ReportLines Lines => new()
    {
        Machines = Machines ?? [],
        Vehicles = Vehicles ?? [],
        Energy = Energy ?? [],
        FuelDeliveries = FuelDeliveries ?? [],
    };
}

public sealed record LineWarning(string Sheet, int? Row, string Column, string Code, string Message)
{
    /// <summary>
    /// The message's arguments, kept only with a submission's stored warnings, so that each reader gets the message in
    /// their own language (ReportStore.Warnings); never in an answer.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(MessageArgumentsConverter))]
    public IReadOnlyList<object?>? Args { get; init; }
}

public sealed record Calculation(CalculationResult Result, IReadOnlyList<PlausibilityWarning> Warnings);

/// <summary>Energy, emissions under both boundaries, avoided emissions, key figures, warnings and the trace for a set of lines.</summary>
internal static class CalculateLines
{
    public static async Task<Outcome<Calculation>> Handle(CalculationRequest request, AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, _) = services;
        var scope = await tenant.ScopeAsync(cancellationToken);
        var territorial = request.TerritorialFactorSet;
        var lifeCycle = request.LifeCycleFactorSet;
        if (!string.IsNullOrWhiteSpace(request.FactorSet))
        {
            // One named set goes to the boundary it belongs to; the other comes from the defaults.
            var (key, version) = ResolveFactorSets.Parse(request.FactorSet);
            var named = key is null ? null : await FactorSetStore.LoadPublished(db, key, version, cancellationToken);
            if (named is null)
            {
                return Outcome<Calculation>.Invalid(new Problem("factorSet", "FactorSets.UnknownSet", request.FactorSet));
            }

            if (named.Boundary == EmissionBoundary.Territorial)
            {
                territorial ??= request.FactorSet;
            }
            else
            {
                lifeCycle ??= request.FactorSet;
            }
        }

        var (t, l, errors) = await ResolveFactorSets.Handle(territorial, lifeCycle, scope, db, cancellationToken);
        if (errors.Count > 0)
        {
            return Outcome<Calculation>.Invalid(errors);
        }

        return Run(request.Lines, t!, l!, request.PeriodStart, request.PeriodEnd);
    }

    /// <summary>The pure part, shared with stored calculations: a result with errors computes nothing from a guess.</summary>
    /// <param name="includeTrace">About 2.6 kB per line: left out where no trace is shown or stored (a report's figures).</param>
    public static Outcome<Calculation> Run(ReportLines lines, FactorSet territorial, FactorSet lifeCycle, DateOnly? periodStart, DateOnly? periodEnd,
        bool includeTrace = true)
    {
        var result = EmissionCalculation.Calculate(lines, territorial, lifeCycle, includeTrace);
        if (!result.Succeeded)
        {
            return Outcome<Calculation>.Invalid([.. result.Errors.Select(e => new Problem(Path(e.Kind, e.Index, e.Field), e.MessageKey, e.Value, [.. e.Args]))]);
        }

        var (start, end) = Period(lines, periodStart, periodEnd);
        return Outcome<Calculation>.Ok(new Calculation(result, Plausibility.Check(lines, start, end)));
    }

    public static string Sheet(LineKind kind) => kind switch
    {
        LineKind.Machine => "machines",
        LineKind.Vehicle => "vehicles",
        LineKind.Energy => "energy",
        _ => "fuelDeliveries",
    };

    /// <summary>machines[2].fuelLitres: where in the request a figure came from.</summary>
    public static string Path(LineKind kind, int? index, string field) => index is { } i ? $"{Sheet(kind)}[{i}].{field}" : $"{Sheet(kind)}.{field}";

    private static (DateOnly Start, DateOnly End) Period(ReportLines lines, DateOnly? start, DateOnly? end)
    {
        if (start is { } s && end is { } e)
        {
            return (s, e);
        }

        var first = lines.Machines.Select(m => m.FromDate).Concat(lines.Energy.Select(x => x.FromDate)).Where(d => d is not null).Min()
            ?? start ?? new DateOnly(2000, 1, 1);
        return (first, first.AddDays(30));
    }
}
