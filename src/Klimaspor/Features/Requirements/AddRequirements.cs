using Klimaspor.Data;
using Klimaspor.Domain.Requirements;
using Klimaspor.Features.Compliance;
using Klimaspor.Web;
using Microsoft.EntityFrameworkCore;

namespace Klimaspor.Features.Requirements;

/// <summary>Either a preset of the catalogue with its parameters (the bid's promised share, the CO2e cap), or one composed rule.</summary>
internal sealed record AddRequirementRequest(string? Preset, IReadOnlyDictionary<string, decimal>? Parameters, RequirementRule? Rule);

/// <summary>
/// Gives a contract requirements: a preset's rules or a buyer's own rule, validated as a whole (every error at
/// once), then the contract is evaluated again in the same save so its compliance never shows stale requirements.
/// </summary>
internal static class AddRequirements
{
    /// <param name="sent">The request as read: a body that could not be read is refused only once the caller may edit, so an outsider learns nothing from it.</param>
    public static async Task<Outcome<IReadOnlyList<ContractRequirement>>> Handle(Guid contractId, Outcome<AddRequirementRequest> sent, AppServices services, CancellationToken cancellationToken)
    {
        var (db, _, _) = services;
        var refusal = await ContractAccess.CheckEditor(contractId, services, cancellationToken);
        if (refusal is not OutcomeKind.Ok)
        {
            return Outcome<IReadOnlyList<ContractRequirement>>.Refused(refusal);
        }

        if (!sent.Succeeded)
        {
            return sent.Failed<IReadOnlyList<ContractRequirement>>();
        }

        var request = sent.Value;

        var (rules, errors) = Rules(request);
        if (errors.Count > 0)
        {
            return Outcome<IReadOnlyList<ContractRequirement>>.Invalid(errors);
        }

        var prefix = request.Rule is null ? "" : "rule.";
        var staged = await Stage(contractId, [.. rules.Select(r => (r, request.Rule is null ? request.Preset : null))], services, cancellationToken);
        if (!staged.Succeeded)
        {
            return Outcome<IReadOnlyList<ContractRequirement>>.Invalid([.. staged.Problems.Select(p => p with { Field = prefix + p.Field })]);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone added the same key between our check and our save: the unique index refused it.
            return Outcome<IReadOnlyList<ContractRequirement>>.Invalid([.. rules.Select(r => new Problem(prefix + "key", "Requirements.KeyTaken", r.Key))]);
        }

        return staged;
    }

    /// <summary>
    /// Adds valid rules to a contract the caller may edit (checked by the caller) and its evaluation to the unit of work,
    /// without saving: a key the contract already has is refused at <c>key</c>. Adding a contract strategy's several
    /// presets (and perhaps its new contract) is then one save.
    /// </summary>
    /// <param name="rules">Each rule with the preset it came from, or null for a buyer's own rule.</param>
    public static async Task<Outcome<IReadOnlyList<ContractRequirement>>> Stage(Guid contractId, IReadOnlyList<(RequirementRule Rule, string? Preset)> rules,
        AppServices services, CancellationToken cancellationToken)
    {
        var (db, tenant, clock) = services;
        var existing = await RequirementStore.Stored(db, contractId, cancellationToken);
        var taken = rules.Select(r => r.Rule.Key).Where(k => existing.Any(e => e.Rule.Key == k)).ToList();
        if (taken.Count > 0)
        {
            return Outcome<IReadOnlyList<ContractRequirement>>.Invalid([.. taken.Select(k => new Problem("key", "Requirements.KeyTaken", k))]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var position = existing.Count == 0 ? 0 : existing.Max(e => e.Position) + 1;
        var added = rules.Select((rule, i) => new ContractRequirement
        {
            ContractId = contractId,
            Key = rule.Rule.Key,
            Position = position + i,
            RuleJson = RequirementStore.Write(rule.Rule),
            PresetKey = rule.Preset,
            CreatedAt = now,
            UpdatedAt = now,
            ChangedBy = tenant.ActorName,
        }).ToList();
        db.Requirements.AddRange(added);
        await EvaluateCompliance.Add(new(contractId, ComplianceTriggers.Requirements, now) { Requirements = [.. existing.Select(e => e.Rule), .. rules.Select(r => r.Rule)] }, db,
            cancellationToken);
        return Outcome<IReadOnlyList<ContractRequirement>>.Ok(added);
    }

    /// <summary>The rules a request asks for, or every reason it cannot have them; error fields are the request's keys.</summary>
    public static (IReadOnlyList<RequirementRule> Rules, IReadOnlyList<Problem> Errors) Rules(AddRequirementRequest request)
    {
        var hasPreset = !string.IsNullOrWhiteSpace(request.Preset);
        if (hasPreset == (request.Rule is not null))
        {
            return ([], [new Problem("preset", "Requirements.PresetOrRule")]);
        }

        if (request.Rule is { } rule)
        {
            var ruleErrors = Validate(rule);
            return ruleErrors.Count > 0 ? ([], [.. ruleErrors.Select(e => e with { Field = "rule." + e.Field })]) : ([rule], []);
        }

        var preset = RequirementPresets.All.FirstOrDefault(p => p.Key == request.Preset!.Trim());
        if (preset is null)
        {
            return ([], [new Problem("preset", "Requirements.UnknownPreset", request.Preset)]);
        }

        var parameters = request.Parameters ?? new Dictionary<string, decimal>();
        var errors = new List<Problem>();
        foreach (var (name, value) in parameters)
        {
            var parameter = preset.Parameters.FirstOrDefault(p => p.Name == name);
            if (parameter is null)
            {
                errors.Add(new Problem($"parameters.{name}", "Requirements.UnknownParameter", name, name, preset.Key));
            }
            else if (parameter.Switch && value is not (0 or 1))
            {
                errors.Add(new Problem($"parameters.{name}", "Requirements.SwitchOutOfRange",
                    value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
            else if (value < 0 || (parameter.Unit == MetricUnit.Share && value > 1))
            {
                errors.Add(new Problem($"parameters.{name}", parameter.Unit == MetricUnit.Share ? "Requirements.ShareOutOfRange" : "Validation.NotNegative",
                    value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        // The bid's own figure (Oslo 2019's zero-emission share) has no default: the buyer must give it.
        errors.AddRange(RequirementPresets.Missing(preset, parameters).Select(p => new Problem($"parameters.{p.Name}", "Validation.Required")));
        if (errors.Count > 0)
        {
            return ([], errors);
        }

        var rules = RequirementPresets.Build(preset.Key, parameters);
        errors.AddRange(rules.SelectMany(Validate));
        return errors.Count > 0 ? ([], errors) : (rules, []);
    }

    /// <summary>The domain's rules for a rule and its sanction, and the length the database keeps for its key.</summary>
    public static IReadOnlyList<Problem> Validate(RequirementRule rule)
    {
        var errors = RequirementRules.Validate(rule).ToList();
        if (rule.Sanction is { } sanction)
        {
            errors.AddRange(SanctionRules.Validate(sanction, rule));
        }

        if (rule.Key?.Length > RequirementStore.KeyMaxLength && !errors.Any(e => e.Field == "key"))
        {
            errors.Add(new Problem("key", "Validation.TooLong", rule.Key, RequirementStore.KeyMaxLength));
        }

        return errors;
    }
}
