using Klimaspor.Domain.Requirements;

namespace Klimaspor.Features.Waivers;

/// <summary>The application form as posted: text as typed, read into the API's <see cref="WaiverApplication"/>.</summary>
public sealed class WaiverForm
{
    /// <summary>Label text keys by field, so the error summary names the field each message is about.</summary>
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        ["machineId"] = "Waiver.MachineId",
        ["machineType"] = "Waiver.MachineType",
        ["machineDescription"] = "Waiver.MachineDescription",
        ["periodFrom"] = "Waiver.PeriodFrom",
        ["periodTo"] = "Waiver.PeriodTo",
        ["reason"] = "Waiver.Reason",
        ["justification"] = "Waiver.Justification",
        ["evidence"] = "Waiver.Evidence",
        ["companiesAsked"] = "Waiver.CompaniesAsked",
        ["replacementMachine"] = "Waiver.ReplacementMachine",
        ["replacementFuel"] = "Waiver.ReplacementFuel",
        ["replacementEmissionClass"] = "Waiver.ReplacementEmissionClass",
        ["mitigatingMeasures"] = "Waiver.MitigatingMeasures",
        ["availableKw"] = "Waiver.AvailableKw",
        ["neededKw"] = "Waiver.NeededKw",
        ["gridOwnerStatement"] = "Waiver.GridOwnerStatement",
        ["assessment"] = "Waiver.Assessment",
        ["recommendation"] = "Waiver.Recommendation",
        ["decision"] = "Waiver.Decision",
        ["comment"] = "Waiver.DecisionComment",
    };

    public string? MachineId { get; set; }
    public string? MachineType { get; set; }
    public string? MachineDescription { get; set; }
    public string? PeriodFrom { get; set; }
    public string? PeriodTo { get; set; }
    public string? Reason { get; set; }
    public string? Justification { get; set; }
    public string? Evidence { get; set; }
    public string? CompaniesAsked { get; set; }
    public string? ReplacementMachine { get; set; }
    public string? ReplacementFuel { get; set; }
    public string? ReplacementEmissionClass { get; set; }
    public string? MitigatingMeasures { get; set; }
    public string? AvailableKw { get; set; }
    public string? NeededKw { get; set; }
    public string? GridOwnerStatement { get; set; }

    public (WaiverApplication Application, IReadOnlyList<Problem> ParseErrors) ToApplication()
    {
        var errors = new List<Problem>();
        var application = new WaiverApplication
        {
            MachineId = MachineId,
            MachineType = MachineType,
            MachineDescription = MachineDescription,
            PeriodFrom = PeriodFrom,
            PeriodTo = PeriodTo,
            Reason = Reason,
            Justification = Justification,
            Evidence = Evidence,
            CompaniesAsked = CompaniesAsked,
            ReplacementMachine = ReplacementMachine,
            ReplacementFuel = ReplacementFuel,
            ReplacementEmissionClass = ReplacementEmissionClass,
            MitigatingMeasures = MitigatingMeasures,
            // The power fields are shown for every reason (no script); they only count for grid capacity.
            AvailableKw = Reason == WaiverReason.GridCapacity.Code() ? FormValues.Number(AvailableKw, "availableKw", errors) : null,
            NeededKw = Reason == WaiverReason.GridCapacity.Code() ? FormValues.Number(NeededKw, "neededKw", errors) : null,
            GridOwnerStatement = GridOwnerStatement,
        };
        return (application, errors);
    }
}
