using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Klimaspor.BrowserTests;

/// <summary>Runs axe-core for WCAG 2.1 level A and AA, the level Norwegian law asks of public bodies.</summary>
public static class AxeCheck
{
    private static readonly AxeRunOptions Wcag21Aa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var violations = await FindViolationsAsync(page);
        Assert.True(violations is null, violations);
    }

    /// <summary>The page's violations described as <see cref="AssertNoViolationsAsync"/> fails with, or null when there are none.</summary>
    public static async Task<string?> FindViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(Wcag21Aa);
        // A scan that checked nothing (no page, axe not injected) must not pass as a clean one.
        if (result.Passes.Length == 0)
        {
            return $"axe checked no rule on {page.Url}.";
        }

        return result.Violations.Length == 0 ? null : Describe(page.Url, result.Violations);
    }

    /// <summary>Every violation with its rule, help text and the selectors of the offending nodes, enough to fix it.</summary>
    private static string Describe(string url, AxeResultItem[] violations)
    {
        var text = new StringBuilder($"axe found {violations.Length} WCAG 2.1 A/AA violation(s) on {url}:");
        foreach (var violation in violations)
        {
            text.AppendLine().Append($"- {violation.Id} ({violation.Impact}): {violation.Help} [{violation.HelpUrl}]");
            foreach (var node in violation.Nodes)
            {
                text.AppendLine().Append($"    {node.Target}  {node.Html}");
                var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []);
                foreach (var message in checks.Select(c => c.Message).Where(m => !string.IsNullOrWhiteSpace(m)).Distinct())
                {
                    text.AppendLine().Append("      ").Append(message.ReplaceLineEndings(" "));
                }
            }
        }

        return text.ToString();
    }
}
