using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Features;

/// <summary>
/// The one mapping from a failed <see cref="Outcome{T}"/> to a page, the counterpart of <c>Web/ApiOutcomes</c>: a page
/// either leaves (not found, forbidden) or shows itself again with the problem among its form's errors, keeping what
/// the person typed.
/// </summary>
internal static class PageOutcomes
{
    /// <param name="field">The form field a problem about the whole object is shown beside (its summary links there).</param>
    /// <param name="labels">Label keys by field, as <see cref="FormErrors.AddRange"/> takes them.</param>
    /// <param name="stale">What the page does instead when someone else saved first, e.g. show its reload banner.</param>
    /// <returns>The page's answer when it leaves; null when it should show itself again.</returns>
#pragma warning disable CS8524 // Only named kinds exist; no default arm, so a new kind must be handled here.
    public static IActionResult? Refusal<T>(this PageModel page, Outcome<T> outcome, FormErrors errors, IStringLocalizer localizer, string field = "",
        IReadOnlyDictionary<string, string>? labels = null, Action? stale = null)
        => outcome.Kind switch
        {
            OutcomeKind.Ok => throw new ArgumentException("A success is not a refusal.", nameof(outcome)),
            OutcomeKind.NotFound => page.NotFound(),
            OutcomeKind.Forbidden => page.Forbid(),
            OutcomeKind.Invalid => ShowAgain(() => errors.AddRange(outcome.Problems, localizer, labels)),

            // A page always sends the version it showed; a missing one is a form from before, so it is stale too.
            OutcomeKind.Stale or OutcomeKind.PreconditionRequired => ShowAgain(stale ?? (() => errors.Add(field, localizer["Problem.StaleForm"]))),
            OutcomeKind.Conflict => ShowAgain(() => errors.Add(field, localizer["Problem.ConflictDetail"])),
            OutcomeKind.Locked or OutcomeKind.OutOfOrder => ShowAgain(() => errors.Add(field,
                outcome.Problems.Count > 0 ? Web.Problems.Message(outcome.Problems[0], localizer) : localizer["Problem.Locked"])),
        };
#pragma warning restore CS8524

    /// <summary>
    /// For an action that goes back to its page whatever happens (archive, remove, evaluate now): the refusal's message
    /// becomes the page's flash.
    /// </summary>
    /// <param name="staleKey">The text key that tells someone their page was out of date, when the page has its own.</param>
    /// <returns>The page's answer when it leaves (not found, forbidden); null when it should redirect back as usual.</returns>
    public static IActionResult? RefusalAsFlash<T>(this PageModel page, Outcome<T> outcome, IStringLocalizer localizer, string? staleKey = null)
    {
        var errors = new FormErrors();
        var leave = page.Refusal(outcome, errors, localizer, stale: staleKey is null ? null : () => errors.Add(string.Empty, localizer[staleKey]));
        if (leave is null)
        {
            page.TempData["Flash"] = errors.All[0].Message;
        }

        return leave;
    }

    private static IActionResult? ShowAgain(Action addProblem)
    {
        addProblem();
        return null;
    }
}
