namespace Klimaspor.Data;

/// <summary>
/// A named transport scenario of a buyer organisation (issue 17 item 4): its scope (one contract or a contract category),
/// the baseline as it was loaded (a snapshot, so later reports do not move a saved plan), the levers, and the before and
/// after the engine gave, frozen as stored calculations are. <see cref="StrategyContractId"/> names the contract the
/// scenario's requirements were last added to.
/// </summary>
public sealed class TransportScenario
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public required string Name { get; set; }
    public Guid? ContractId { get; set; }
    /// <summary>Contract category code (<c>renovasjon</c>) when the scope is a category.</summary>
    public string? Category { get; set; }
    /// <summary>The baseline window's first and last month, <c>YYYY-MM</c>.</summary>
    public required string WindowFrom { get; set; }
    public required string WindowTo { get; set; }
    /// <summary>The baseline rows (the domain's ScenarioBaselineRow list) as JSON.</summary>
    public required string BaselineJson { get; set; }
    /// <summary>The domain's ScenarioLevers as JSON.</summary>
    public required string LeversJson { get; set; }
    /// <summary>The domain's ScenarioResult as JSON.</summary>
    public required string ResultJson { get; set; }
    public required string TerritorialFactorSet { get; set; }
    public required string LifeCycleFactorSet { get; set; }
    public Guid? StrategyContractId { get; set; }
    public DateTime? StrategyAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
}
