using Klimaspor.Data;
using Klimaspor.Domain.Requirements;

namespace Klimaspor.Features.Compliance;

/// <summary>A submission's facts (what the evaluation counts), packed as the report's lines are.</summary>
internal static class FactStore
{
    public static IReadOnlyList<FactLine> Facts(byte[]? packed) =>
        PackedJson.Unpack<List<FactLine>>(packed ?? throw new InvalidOperationException("The packed fact lines were not read."), RequirementStore.Json);

    public static byte[] Pack(IReadOnlyList<FactLine> facts) => PackedJson.Pack(facts, RequirementStore.Json);
}
