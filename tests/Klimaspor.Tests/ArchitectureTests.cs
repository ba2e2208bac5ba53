using System.Reflection;
using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using Type = System.Type;

namespace Klimaspor.Tests;

/// <summary>
/// The dependency rules of CONTRIBUTING.md, held by reading the compiled assemblies: the domain depends on nothing of
/// the app, and features do not depend on each other in cycles — Razor views included, which compile into
/// <c>AspNetCoreGeneratedDocument</c> and are counted with the feature whose folder they are in.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly Architecture Compiled = new ArchLoader()
        .LoadAssemblies(typeof(Web.ApiOutcomes).Assembly, typeof(Domain.Validation.Problem).Assembly)
        .Build();

    [Fact]
    public void Domain_DependsOnNothingOfTheAppOrItsFrameworks()
    {
        string[] forbidden = ["Klimaspor.Features", "Klimaspor.Web", "Klimaspor.Data", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Microsoft.Extensions"];
        var offences = Compiled.Types
            .Where(t => t.FullName.StartsWith("Klimaspor.Domain.", StringComparison.Ordinal))
            .SelectMany(t => t.Dependencies.Select(d => (From: t.FullName, To: d.Target.FullName)))
            .Where(d => forbidden.Any(f => d.To.StartsWith(f + ".", StringComparison.Ordinal)))
            .Distinct()
            .ToList();

        Assert.True(offences.Count == 0, "The domain depends on the app:\n" + string.Join("\n", offences.Select(o => $"{o.From} → {o.To}")));
    }

    [Fact]
    public void Features_NoCyclesBetweenThem_ViewsIncluded()
    {
        var edges = Compiled.Types
            .Select(t => (Type: t, Feature: FeatureOf(t.FullName)))
            .Where(t => t.Feature is not null)
            .SelectMany(t => t.Type.Dependencies.Select(d => (From: t.Feature!, To: FeatureOf(d.Target.FullName))))
            .Where(e => e.To is not null && e.To != e.From)
            .Select(e => (e.From, To: e.To!))
            .ToHashSet();
        Assert.Contains(edges, e => e.From == "Reports"); // the walk found the features at all

        // Contracts' pages sit on top (they show everything about a contract); Compliance is below the features that
        // change what it evaluates (reports, requirements, waivers) and owns the inputs it reads (docs/adr/0012).
        var cycles = StronglyConnected(edges).Where(c => c.Count > 1).ToList();

        Assert.True(cycles.Count == 0, "Features that depend on each other in a cycle (take one direction apart):\n"
            + string.Join("\n", cycles.Select(c => string.Join(" ↔ ", c.Order(StringComparer.Ordinal))
                + ": " + string.Join(", ", edges.Where(e => c.Contains(e.From) && c.Contains(e.To)).Select(e => $"{e.From}→{e.To}")))));
    }

    /// <summary>
    /// A feature shows the rest of the app only its entry points: its pages (page models) and its API (the static
    /// class whose <c>Map…Api</c> extension Program.cs calls), with the types their public members name — the view
    /// records a page renders, a handler's parameters. Everything else in a feature (use cases, stores, helpers) is
    /// internal, so what a feature offers is what its entry points show (CONTRIBUTING, "Features").
    /// </summary>
    [Fact]
    public void Features_OnlyEntryPointsAndWhatTheyShowArePublic()
    {
        var assembly = typeof(Web.ApiOutcomes).Assembly;
        var inFeatures = assembly.GetTypes()
            .Where(t => t.Namespace is { } ns && (ns == "Klimaspor.Features" || ns.StartsWith("Klimaspor.Features.", StringComparison.Ordinal)))
            .Where(t => !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), inherit: false))
            .ToList();
        var entries = inFeatures.Where(t => t.IsVisible && (typeof(Microsoft.AspNetCore.Mvc.RazorPages.PageModel).IsAssignableFrom(t) || MapsAnApi(t))).ToList();
        Assert.Contains(entries, t => t.Name == "ReportsApi"); // the rule found the entry points at all

        var shown = new HashSet<Type>(entries);
        var toVisit = new Queue<Type>(entries);
        while (toVisit.TryDequeue(out var type))
        {
            foreach (var named in NamedInPublicSignature(type).SelectMany(Unwrapped).Where(inFeatures.Contains))
            {
                // A nested type is only as visible as the type around it, so showing it shows that type too.
                for (var visible = named; visible is not null && inFeatures.Contains(visible); visible = visible.DeclaringType)
                {
                    if (shown.Add(visible))
                    {
                        toVisit.Enqueue(visible);
                    }
                }
            }
        }

        var tooVisible = inFeatures.Where(t => t.IsVisible && !shown.Contains(t)).Select(t => t.FullName).Order(StringComparer.Ordinal).ToList();
        Assert.True(tooVisible.Count == 0, "Public, but neither an entry point nor named by one (make them internal):\n" + string.Join("\n", tooVisible));
    }

    private static bool MapsAnApi(Type type) =>
        type is { IsAbstract: true, IsSealed: true }
        && type.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Any(m => m.Name.StartsWith("Map", StringComparison.Ordinal) && m.GetParameters() is [var first, ..]
                && first.ParameterType == typeof(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder));

    /// <summary>The types a type's public and protected surface names: its bases, and its members' types and parameters.</summary>
    private static IEnumerable<Type> NamedInPublicSignature(Type type)
    {
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic
            | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        static bool Outside(MethodBase? m) => m is { IsPublic: true } or { IsFamily: true } or { IsFamilyOrAssembly: true };

        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }

        foreach (var implemented in type.GetInterfaces())
        {
            yield return implemented;
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)).Where(Outside))
        {
            if (method is MethodInfo info)
            {
                yield return info.ReturnType;
            }

            foreach (var parameter in method.GetParameters())
            {
                yield return parameter.ParameterType;
            }
        }

        foreach (var property in type.GetProperties(Declared).Where(p => Outside(p.GetMethod) || Outside(p.SetMethod)))
        {
            yield return property.PropertyType;
        }

        foreach (var field in type.GetFields(Declared).Where(f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly))
        {
            yield return field.FieldType;
        }

        foreach (var nested in type.GetNestedTypes(BindingFlags.Public))
        {
            yield return nested;
        }
    }

    /// <summary>A type with what it is made of: <c>Task&lt;Outcome&lt;List&lt;Row&gt;&gt;&gt;</c> names Row.</summary>
    private static IEnumerable<Type> Unwrapped(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var inner in Unwrapped(type.GetElementType()!))
            {
                yield return inner;
            }

            yield break;
        }

        yield return type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : [])
        {
            foreach (var inner in Unwrapped(argument))
            {
                yield return inner;
            }
        }
    }

    /// <summary>
    /// The feature a type belongs to: the folder under Features/ (<c>Klimaspor.Features.Reports.SubmitReport</c>, and its
    /// view <c>AspNetCoreGeneratedDocument.Features_Reports_Report</c>); null for the app's other parts and for
    /// the helpers shared by every feature.
    /// </summary>
    private static string? FeatureOf(string fullName)
    {
        const string code = "Klimaspor.Features.";
        const string view = "AspNetCoreGeneratedDocument.Features_";
        string? rest = fullName.StartsWith(code, StringComparison.Ordinal) ? fullName[code.Length..]
            : fullName.StartsWith(view, StringComparison.Ordinal) ? fullName[view.Length..]
            : null;
        if (rest is null)
        {
            return null;
        }

        var end = rest.IndexOfAny(['.', '_', '+', '`']);
        // A type directly in Klimaspor.Features (a shared helper) or a view directly under Features/ belongs to no feature.
        return end <= 0 || rest[end] is '+' or '`' ? null : rest[..end] is "Shared" ? null : rest[..end];
    }

    /// <summary>Tarjan's strongly connected components: each set of features that can reach each other.</summary>
    private static List<HashSet<string>> StronglyConnected(HashSet<(string From, string To)> edges)
    {
        var nodes = edges.SelectMany(e => new[] { e.From, e.To }).Distinct().Order(StringComparer.Ordinal).ToList();
        var next = nodes.ToDictionary(n => n, n => edges.Where(e => e.From == n).Select(e => e.To).ToList());
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var components = new List<HashSet<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            foreach (var to in next[node])
            {
                if (!index.TryGetValue(to, out var reached))
                {
                    Visit(to);
                    low[node] = Math.Min(low[node], low[to]);
                }
                else if (stack.Contains(to))
                {
                    low[node] = Math.Min(low[node], reached);
                }
            }

            if (low[node] == index[node])
            {
                var component = new HashSet<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    component.Add(member);
                }
                while (member != node);
                components.Add(component);
            }
        }

        foreach (var node in nodes.Where(n => !index.ContainsKey(n)))
        {
            Visit(node);
        }

        return components;
    }
}
