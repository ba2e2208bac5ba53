// SKELETON: entry points another helper implements in their own files. Until then they propose nothing and forecast
// nothing, so that evaluations (which call both) run; the implementations replace these two stubs.
#pragma warning disable IDE0060 // The stubs ignore their parameters; the implementations use them.
namespace Klimaspor.Domain.Requirements;

public static class SanctionArithmetic
{
    /// <summary>The proposal for one verdict, or null when the rule proposes nothing for it (met, or no sanction).</summary>
    public static SanctionProposal? Propose(SanctionRule rule, RequirementRule requirement, WindowVerdict verdict, ContractFacts facts) => null;
}

public static class ComplianceForecast
{
    /// <summary>Projects a cumulative or whole-contract requirement to the contract's end from the periods reported so far.</summary>
    public static Forecast? Project(RequirementRule requirement, ContractFacts facts, DateOnly today) => null;
}
