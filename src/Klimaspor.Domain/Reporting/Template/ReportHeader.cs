using Klimaspor.Domain.Organisations;
using Klimaspor.Domain.Validation;

namespace Klimaspor.Domain.Reporting.Template;

/// <summary>The <c>Rapport</c> sheet: which contract, supplier and month the report is for.</summary>
public sealed record ReportHeader
{
    /// <summary>The contract's reference number in Klimaspor, as typed; whether it exists is the application's check.</summary>
    public required string ContractRef { get; init; }

    public required OrganisationNumber SupplierOrgNo { get; init; }

    public required ReportingPeriod Period { get; init; }

    public string? ReportedBy { get; init; }

    /// <summary>Null when the sheet leaves it out; otherwise <see cref="TemplateSheets.Version"/>.</summary>
    public int? TemplateVersion { get; init; }

    /// <summary>The subcontractors the main supplier declares had no activity in the period (<see cref="ReportLines.NoActivity"/>).</summary>
    public IReadOnlyList<string> NoActivity { get; init; } = [];
}

/// <summary>The <c>Rapport</c> sheet read: the header when every required field is there and valid.</summary>
public sealed record ReportHeaderParseResult
{
    public ReportHeader? Header { get; init; }

    /// <summary>The period read, even when another field has an error, so that the lines' dates can still be checked.</summary>
    public ReportingPeriod? Period { get; init; }

    public IReadOnlyList<Problem> Errors { get; init; } = [];

    public IReadOnlyList<Problem> Warnings { get; init; } = [];

    public bool IsValid => Errors.Count == 0;
}
