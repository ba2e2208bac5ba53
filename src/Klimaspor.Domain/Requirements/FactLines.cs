using System.Globalization;
using Klimaspor.Domain.Emissions;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Template;

namespace Klimaspor.Domain.Requirements;

public static class FactLines
{
    /// <summary>
    /// The fact lines of one submitted report from its lines and its frozen calculation: the calculated lines in the
    /// calculation's order (machines, vehicles, energy), then the fuel deliveries, which the calculation does not price.
    /// A line the calculation refused is not a fact; a submitted report has none.
    /// </summary>
    public static IReadOnlyList<FactLine> From(ReportLines lines, CalculationResult result, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(result);
        var facts = new List<FactLine>(result.Lines.Count + lines.FuelDeliveries.Count);
        foreach (var calculated in result.Lines)
        {
            facts.Add(calculated.Kind switch
            {
                LineKind.Machine => Machine(lines.Machines[calculated.Index], calculated, period),
                LineKind.Vehicle => Vehicle(lines.Vehicles[calculated.Index], calculated),
                _ => Energy(lines.Energy[calculated.Index], calculated),
            });
        }

        var deliveryIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.FuelDeliveries.Count; i++)
        {
            facts.Add(Delivery(i, lines.FuelDeliveries[i], deliveryIds));
        }

        return facts;
    }

    /// <summary>Calendar days inside the period from a line's from/to dates; a missing date means the period's edge.</summary>
    public static int DaysOnSite(DateOnly? from, DateOnly? to, ReportingPeriod period)
    {
        var (first, last) = OnSite(from, to, period);
        return Math.Max(0, last.DayNumber - first.DayNumber + 1);
    }

    /// <summary>The first and last day on site inside the period; last before first when the dates miss the period.</summary>
    public static (DateOnly First, DateOnly Last) OnSite(DateOnly? from, DateOnly? to, ReportingPeriod period) =>
        (from is { } f && f > period.FirstDay ? f : period.FirstDay, to is { } t && t < period.LastDay ? t : period.LastDay);

    private static FactLine Machine(MachineLine line, in CalculatedLine calculated, ReportingPeriod period) => new()
    {
        Kind = LineKind.Machine,
        Index = calculated.Index,
        Id = line.MachineId,
        Type = line.MachineType,
        WeightTonnes = line.WeightTonnes,
        PowerKw = line.PowerKw,
        Sporadic = line.Sporadic,
        ElectricitySource = ElectricitySource(line),
        Site = line.Site,
        FromDate = line.FromDate,
        ToDate = line.ToDate,
        Carrier = calculated.Carrier,
        EnergyClass = calculated.EnergyClass,
        // The machine's own engine decides its class: a cable machine on a generator has none, though its energy is fuel.
        EmissionClass = EmissionClass(line.EmissionClass, EnergyCarrier.TryFind(line.EnergyCarrier, out var own) ? own.EnergyClass : calculated.EnergyClass),
        WaiverRef = string.IsNullOrWhiteSpace(line.WaiverRef) ? null : line.WaiverRef.Trim(),
        OwnerOrgNo = line.OwnerOrgNo?.Value,
        MachineHours = calculated.OperatingHours.Value,
        IdleHours = calculated.IdleHours?.Value,
        MachineDays = DaysOnSite(line.FromDate, line.ToDate, period),
        FuelLitres = line.FuelLitres?.Value ?? 0,
        EnergyKwh = calculated.Energy.Value,
        HybridElectricityKwh = calculated.HybridElectricity.Value,
        EmissionsTerritorial = calculated.Territorial.Emissions.Value,
        EmissionsLifeCycle = calculated.LifeCycle.Emissions.Value,
        AvoidedTerritorial = calculated.Territorial.Avoided.Value,
    };

    private static FactLine Vehicle(VehicleLine line, in CalculatedLine calculated) => new()
    {
        Kind = LineKind.Vehicle,
        Index = calculated.Index,
        Id = line.RegNo,
        Type = line.VehicleType,
        Site = line.Site,
        Purpose = line.Purpose,
        OwnerOrgNo = line.OwnerOrgNo?.Value,
        Carrier = calculated.Carrier,
        EnergyClass = calculated.EnergyClass,
        EmissionClass = EmissionClass(line.EmissionClass, calculated.EnergyClass),
        Kilometres = calculated.Distance.Value,
        TonneKm = calculated.TonneKm,
        DistanceBased = calculated.Method == Transport.ActivityMethod.Distance,
        FuelLitres = line.FuelLitres?.Value ?? 0,
        EnergyKwh = calculated.Energy.Value,
        HybridElectricityKwh = calculated.HybridElectricity.Value,
        EmissionsTerritorial = calculated.Territorial.Emissions.Value,
        EmissionsLifeCycle = calculated.LifeCycle.Emissions.Value,
        AvoidedTerritorial = calculated.Territorial.Avoided.Value,
    };

    private static FactLine Energy(EnergyLine line, in CalculatedLine calculated) => new()
    {
        Kind = LineKind.Energy,
        Index = calculated.Index,
        Id = line.SourceId,
        Site = line.Site,
        Purpose = line.Purpose,
        OwnerOrgNo = line.OwnerOrgNo?.Value,
        Carrier = calculated.Carrier,
        EnergyClass = calculated.EnergyClass,
        FuelLitres = line.Unit == QuantityUnit.Litre ? line.Quantity : 0,
        EnergyKwh = calculated.Energy.Value,
        HybridElectricityKwh = calculated.HybridElectricity.Value,
        EmissionsTerritorial = calculated.Territorial.Emissions.Value,
        EmissionsLifeCycle = calculated.LifeCycle.Emissions.Value,
        AvoidedTerritorial = calculated.Territorial.Avoided.Value,
    };

    private static FactLine Delivery(int index, FuelDelivery delivery, HashSet<string> ids)
    {
        var known = EnergyCarrier.TryFind(delivery.Product, out var carrier);
        // An unknown product cannot pass validation; were one stored anyway, fossil is the class that hides nothing.
        var energyClass = known ? carrier!.EnergyClass : EnergyClass.Fossil;
        var isBio = energyClass is EnergyClass.LiquidBiofuel or EnergyClass.Biogas;
        var feedstock = string.IsNullOrWhiteSpace(delivery.Feedstock) ? (isBio ? Feedstocks.Ukjent : null) : delivery.Feedstock.Trim();
        return new FactLine
        {
            Kind = LineKind.FuelDelivery,
            Index = index,
            Id = DeliveryId(delivery, known ? carrier!.Code : delivery.Product, ids),
            Carrier = known ? carrier!.Code : delivery.Product,
            EnergyClass = energyClass,
            Feedstock = feedstock,
            BeyondMandate = delivery.BeyondMandate,
            Site = delivery.Site,
            OwnerOrgNo = delivery.OwnerOrgNo?.Value,
            FuelLitres = delivery.Unit == QuantityUnit.Litre ? delivery.Quantity : 0,
            DeliveredQuantity = delivery.Quantity,
        };
    }

    // The delivery note names a delivery where there is one; otherwise date, supplier and product, numbered when a
    // report has two alike, so that counting distinct deliveries never merges two of them.
    private static string DeliveryId(FuelDelivery delivery, string product, HashSet<string> ids)
    {
        var id = !string.IsNullOrWhiteSpace(delivery.DeliveryNote)
            ? delivery.DeliveryNote.Trim()
            : string.Create(CultureInfo.InvariantCulture, $"{delivery.DeliveryDate:yyyy-MM-dd} {delivery.FuelSupplier.Trim()} {product}");
        var unique = id;
        for (var n = 2; !ids.Add(unique); n++)
        {
            unique = string.Create(CultureInfo.InvariantCulture, $"{id} ({n})");
        }

        return unique;
    }

    // A line that uses electricity always says where it came from, so rules need not know that v1 meant the grid.
    private static string? ElectricitySource(MachineLine line) =>
        EnergyCarrier.TryFind(line.EnergyCarrier, out var carrier) && carrier.IsElectric
            ? (string.IsNullOrWhiteSpace(line.ElectricitySource) ? ElectricitySources.Nett : line.ElectricitySource.Trim())
            : null;

    private static string EmissionClass(string? reported, EnergyClass energyClass)
    {
        var code = string.IsNullOrWhiteSpace(reported) ? null : reported.Trim();
        // An electric machine has no engine to certify: no class, or "unknown", must not make it unassessable.
        if (energyClass == EnergyClass.ZeroEmission && (code is null || code == EmissionClasses.Ukjent))
        {
            return EmissionClasses.Nullutslipp;
        }

        return code ?? EmissionClasses.Ukjent;
    }
}
