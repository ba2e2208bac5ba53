using System.Reflection;
using System.Runtime.CompilerServices;

namespace Klimaspor.Tests;

/// <summary>
/// A type named like its namespace (Klimaspor.Features.Deviations.Deviations) makes every caller outside it write the
/// name twice, since C# finds the namespace first; and the name says where the code is, not what it does.
/// </summary>
public sealed class NamingTests
{
    public static TheoryData<string> Assemblies => ["Klimaspor", "Klimaspor.Domain"];

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Types_InAssembly_NoneNamedLikeItsNamespace(string assembly)
    {
        var types = Assembly.Load(assembly).GetTypes()
            .Where(t => !t.IsNested && t.Namespace is not null && !t.IsDefined(typeof(CompilerGeneratedAttribute), false));

        var named = types
            .Where(t => t.Name.Split('`')[0] == t.Namespace![(t.Namespace!.LastIndexOf('.') + 1)..])
            .Select(t => t.FullName)
            .ToList();

        Assert.NotEmpty(types);
        Assert.Empty(named);
    }
}
