using Klimaspor.Domain.Organisations;
using Klimaspor.Domain.Reporting;
using Klimaspor.Domain.Reporting.Template;

namespace Klimaspor.Features.Reports.Workbook;

/// <summary>Which of a prefilled line's values the workbook is given.</summary>
internal enum PrefilledValues
{
    /// <summary>
    /// The register: what identifies a machine or vehicle and does not change from month to month (machine ID, owner,
    /// type, model, weight, power, energy carrier, emission class; for vehicles the registration number, owner, type,
    /// carrier and class). The period's hours and quantities are left for the supplier. Only machines and vehicles.
    /// </summary>
    Register,

    /// <summary>Every value of every line: a report exported as it was submitted.</summary>
    All,
}

/// <summary>What a report workbook is prefilled with: the <c>Rapport</c> sheet's fields and the lines.</summary>
internal sealed record ReportWorkbookContent
{
    public string? ContractRef { get; init; }

    public OrganisationNumber? SupplierOrgNo { get; init; }

    /// <summary>Written as its first month, <c>YYYY-MM</c>, which is how a quarter or a year is named too.</summary>
    public ReportingPeriod? Period { get; init; }

    public string? ReportedBy { get; init; }

    /// <summary>Last period's machines (the register), or a report's machines with <see cref="PrefilledValues.All"/>.</summary>
    public IReadOnlyList<MachineLine> Machines { get; init; } = [];

    public IReadOnlyList<VehicleLine> Vehicles { get; init; } = [];

    /// <summary>Only with <see cref="PrefilledValues.All"/>: site energy is the period's, not a register.</summary>
    public IReadOnlyList<EnergyLine> Energy { get; init; } = [];

    /// <summary>Only with <see cref="PrefilledValues.All"/>.</summary>
    public IReadOnlyList<FuelDelivery> FuelDeliveries { get; init; } = [];

    /// <summary>The draft's declaration of subcontractors without activity, written back so a round trip keeps it.</summary>
    public IReadOnlyList<string> NoActivity { get; init; } = [];

    public PrefilledValues Values { get; init; } = PrefilledValues.Register;
}
