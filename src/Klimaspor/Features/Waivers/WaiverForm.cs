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
        ["fromDate"] = "Waiver.FromDate",
        ["toDate"] = "Waiver.ToDate",
        ["reason"] = "Waiver.Reason",
        ["justification"] = "Waiver.Justification",
        ["evidence"] = "Waiver.Evidence",
        ["companiesAsked"] = "Waiver.CompaniesAsked",
        ["replacementMachine"] = "Waiver.ReplacementMachine",
        ["replacementFuel"] = "Waiver.ReplacementFuel",
        ["replacementEmissionClass"] = "Waiver.ReplacementEmissionClass",
        ["mitigatingMeasures"] = "Waiver.MitigatingMeasures",
        ["assessment"] = "Waiver.Assessment",
        ["recommendation"] = "Waiver.Recommendation",
        ["decision"] = "Waiver.Decision",
        ["comment"] = "Waiver.DecisionComment",
        ["approvedFrom"] = "Waiver.ApprovedFrom",
        ["approvedTo"] = "Waiver.ApprovedTo",
        ["documentation"] = "Waiver.Documentation",
    };

    public string? MachineId { get; set; }
    public string? MachineType { get; set; }
    public string? MachineDescription { get; set; }
    public string? FromDate { get; set; }
    public string? ToDate { get; set; }
    public string? Reason { get; set; }
    public string? Justification { get; set; }
    public string? Evidence { get; set; }
    public string? CompaniesAsked { get; set; }
    public string? ReplacementMachine { get; set; }
    public string? ReplacementFuel { get; set; }
    public string? ReplacementEmissionClass { get; set; }
    public string? MitigatingMeasures { get; set; }

    public (WaiverApplication Application, IReadOnlyList<Problem> ParseErrors) ToApplication()
    {
        var errors = new List<Problem>();
        var application = new WaiverApplication
        {
            MachineId = MachineId,
            MachineType = MachineType,
            MachineDescription = MachineDescription,
            FromDate = FromDate,
            ToDate = ToDate,
            Reason = Reason,
            Justification = Justification,
            Evidence = Evidence,
            CompaniesAsked = CompaniesAsked,
            ReplacementMachine = ReplacementMachine,
            ReplacementFuel = ReplacementFuel,
            ReplacementEmissionClass = ReplacementEmissionClass,
            MitigatingMeasures = MitigatingMeasures,
        };
        return (application, errors);
    }
}
