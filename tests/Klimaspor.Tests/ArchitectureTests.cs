using ArchUnitNET.Domain;
using ArchUnitNET.Loader;

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
