using System.Globalization;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Template;
using Klimaspor.Domain.Requirements;

namespace Klimaspor.Domain.Tests.Requirements;

/// <summary>
/// Builders for small crafted sites: fact lines with ordinary defaults, monthly periods from January 2025 due on the
/// 10th of the next month, submitted five days before, so each test states only what it is about.
/// </summary>
internal static class Site
{
    /// <summary>A day after every period of every test site is due: everything is assessed.</summary>
    public static readonly DateOnly Later = new(2030, 1, 1);

    public static FactLine Machine(
        string id,
        string carrier = "diesel",
        decimal hours = 100,
        decimal? idle = null,
        string emissionClass = EmissionClasses.StageV,
        string type = MachineTypes.Gravemaskin,
        decimal weight = 20,
        decimal? power = 120,
        decimal? kwh = null,
        decimal hybridKwh = 0,
        decimal litres = 0,
        decimal days = 31,
        decimal emissions = 0,
        string? waiverRef = null,
        DateOnly? from = null,
        DateOnly? to = null,
        string? site = null) => new()
        {
            Kind = LineKind.Machine,
            Id = id,
            FromDate = from,
            ToDate = to,
            Site = site,
            Type = type,
            WeightTonnes = weight,
            PowerKw = power,
            Carrier = carrier,
            EnergyClass = ClassOf(carrier),
            EmissionClass = emissionClass,
            WaiverRef = waiverRef,
            MachineHours = hours,
            IdleHours = idle,
            MachineDays = days,
            EnergyKwh = kwh ?? hours * 10,
            HybridElectricityKwh = hybridKwh,
            FuelLitres = litres,
            EmissionsTerritorial = emissions,
            EmissionsLifeCycle = emissions,
        };

    /// <summary>An approved waiver for a whole month of 2025 (1 = January), or from one day to another.</summary>
    public static ApprovedWaiver Waiver(string reference, string machineId, string month, string? fuel = null)
    {
        var first = DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new ApprovedWaiver(reference, machineId, first, first.AddMonths(1).AddDays(-1), fuel);
    }

    public static FactLine Vehicle(
        string regNo,
        string carrier = "diesel",
        decimal km = 1000,
        string purpose = TransportPurposes.Massetransport,
        string type = VehicleTypes.Lastebil,
        string emissionClass = EmissionClasses.EuroVI,
        decimal emissions = 0) => new()
        {
            Kind = LineKind.Vehicle,
            Id = regNo,
            Type = type,
            Purpose = purpose,
            Carrier = carrier,
            EnergyClass = ClassOf(carrier),
            EmissionClass = emissionClass,
            Kilometres = km,
            EnergyKwh = km * 3,
            EmissionsTerritorial = emissions,
            EmissionsLifeCycle = emissions,
        };

    public static FactLine Energy(string id, string carrier = "el-nett", decimal kwh = 1000, string purpose = EnergyPurposes.Byggvarme) => new()
    {
        Kind = LineKind.Energy,
        Id = id,
        Purpose = purpose,
        Carrier = carrier,
        EnergyClass = ClassOf(carrier),
        EnergyKwh = kwh,
    };

    public static FactLine Delivery(string note, string product = "hvo100", string? feedstock = Feedstocks.BruktFrityrolje, decimal litres = 2000) => new()
    {
        Kind = LineKind.FuelDelivery,
        Id = note,
        Carrier = product,
        EnergyClass = ClassOf(product),
        Feedstock = feedstock,
        FuelLitres = litres,
        DeliveredQuantity = litres,
    };

    /// <summary>The nth month of the contract (1 = January 2025), submitted five days before its due date.</summary>
    public static PeriodFacts Month(int n, params FactLine[] lines)
    {
        var unsubmitted = Unsubmitted(n);
        return unsubmitted with { SubmittedAt = At(unsubmitted.DueDate.AddDays(-5)), Lines = lines };
    }

    /// <summary>The nth month with nothing submitted.</summary>
    public static PeriodFacts Unsubmitted(int n)
    {
        var period = ReportingPeriod.Month(2025 + ((n - 1) / 12), ((n - 1) % 12) + 1);
        return new PeriodFacts
        {
            Period = period,
            Key = period.FirstDay.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            DueDate = period.LastDay.AddDays(10),
        };
    }

    public static PeriodFacts SubmittedOn(this PeriodFacts period, DateTimeOffset at) => period with { SubmittedAt = at };

    public static DateTimeOffset At(DateOnly date, int hour = 12) => new(date.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);

    public static ContractFacts Contract(params PeriodFacts[] periods) => new()
    {
        StartDate = periods[0].Period.FirstDay,
        EndDate = periods[^1].Period.LastDay,
        ValueNok = 10_000_000,
        Periods = periods,
    };

    public static RequirementCompliance EvaluateOne(ContractFacts facts, RequirementRule rule, DateOnly? today = null) =>
        Assert.Single(ComplianceEvaluation.Evaluate(facts, [rule], today ?? Later));

    public static WindowVerdict Only(ContractFacts facts, RequirementRule rule, DateOnly? today = null) =>
        Assert.Single(EvaluateOne(facts, rule, today).Verdicts);

    public static IReadOnlyList<RequirementRule> Preset(string key, params (string Name, decimal Value)[] parameters)
    {
        var given = parameters.ToDictionary(p => p.Name, p => p.Value);
        return RequirementPresets.Build(key, Given(key, given));
    }

    /// <summary>The parameters given, and 100 % for a bid's share the preset has no default for (Oslo 2019's).</summary>
    public static Dictionary<string, decimal> Given(string key, Dictionary<string, decimal>? given = null)
    {
        given ??= [];
        foreach (var missing in RequirementPresets.Missing(RequirementPresets.Find(key)!, given))
        {
            given[missing.Name] = 1m;
        }

        return given;
    }

    public static RequirementRule Rule(string presetKey, string ruleKey, params (string Name, decimal Value)[] parameters) =>
        Preset(presetKey, parameters).Single(r => r.Key == ruleKey);

    /// <summary>Every reason of a verdict in English, one per line, for asserting on what a person reads.</summary>
    public static string Read(this WindowVerdict verdict, string culture = "en") =>
        string.Join("\n", verdict.Reasons.Select(r => Messages.Text(r.MessageKey, culture, r.Arguments)));

    private static EnergyClass ClassOf(string carrier) =>
        EnergyCarrier.TryFind(carrier, out var found) ? found.EnergyClass : throw new ArgumentException($"Unknown carrier {carrier}.", nameof(carrier));
}
