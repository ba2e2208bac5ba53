using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Web;

/// <summary>
/// The one mapping from a use case's <see cref="Outcome{T}"/> to HTTP, the same on every route (docs/adr/0009). Each
/// failure is problem+json with its own <c>type</c>, so a client can tell a lost race from an approved report.
/// </summary>
public static class ApiOutcomes
{
    public const string TypeBase = "https://klimaspor.no/problems/";

    /// <summary>
    /// The success as <paramref name="ok"/> says, or the failure as problem+json. Typed, so the OpenAPI document
    /// describes the success's body; the errors are described once for every operation (<see cref="ApiDocument"/>).
    /// </summary>
    public static Results<TOk, ProblemHttpResult> Answer<T, TOk>(this Outcome<T> outcome, Func<T, TOk> ok, IStringLocalizer localizer)
        where TOk : IResult =>
        outcome.Succeeded ? ok(outcome.Value) : Failure(outcome.Kind, outcome.Problems, localizer, outcome.Unlisted);

    /// <summary>200 with the value, or the failure.</summary>
    public static Results<Ok<T>, ProblemHttpResult> Answer<T>(this Outcome<T> outcome, IStringLocalizer localizer) => outcome.Answer(v => TypedResults.Ok(v), localizer);

    // No default arm: a new kind must be given its status here before anything compiles (CS8509 is an error).
#pragma warning disable CS8524 // Only named kinds exist; an unnamed value would be a bug.
    /// <param name="unlisted">Problems found beyond <paramref name="problems"/>, counted only (<see cref="Outcome{T}.Unlisted"/>).</param>
    public static ProblemHttpResult Failure(OutcomeKind kind, IReadOnlyList<Problem> problems, IStringLocalizer localizer, int unlisted = 0) => kind switch
    {
        OutcomeKind.Ok => throw new ArgumentException("A success is not a failure.", nameof(kind)),
        OutcomeKind.NotFound => Problem(StatusCodes.Status404NotFound, "not-found", "Problem.NotFound", null, problems, localizer),
        OutcomeKind.Forbidden => Problem(StatusCodes.Status403Forbidden, "forbidden", "Problem.Forbidden", null, problems, localizer),
        OutcomeKind.Invalid => Problems.Validation(problems, unlisted, localizer),
        OutcomeKind.Conflict => Problem(StatusCodes.Status409Conflict, "conflict", "Problem.Conflict", "Problem.ConflictDetail", problems, localizer),
        OutcomeKind.Locked => Problem(StatusCodes.Status409Conflict, "locked", "Problem.Locked", null, problems, localizer),
        OutcomeKind.OutOfOrder => Problem(StatusCodes.Status409Conflict, "out-of-order", "Problem.OutOfOrder", null, problems, localizer),
        OutcomeKind.Stale => Problem(StatusCodes.Status412PreconditionFailed, "stale", "Problem.Stale", "Problem.StaleDetail", problems, localizer),
        OutcomeKind.PreconditionRequired => Problem(StatusCodes.Status428PreconditionRequired, "if-match-required", "Problem.IfMatchRequired", null, problems, localizer),
    };
#pragma warning restore CS8524

    /// <summary>
    /// A read whose use case answers null for "nothing the caller may see" as an outcome: not found or the value, so its
    /// route answers like every other.
    /// </summary>
    public static Outcome<T> Found<T>(this T? value) where T : class => value is null ? Outcome<T>.NotFound : Outcome<T>.Ok(value);

    /// <summary>404 for a route that found nothing the caller may see.</summary>
    public static ProblemHttpResult NotFound(IStringLocalizer localizer) => Failure(OutcomeKind.NotFound, [], localizer);

    /// <summary>The ETag of a concurrency token, as every route writes it.</summary>
    public static string ETag(Guid rowVersion) => ETag(rowVersion.ToString("N"));

    /// <summary>The ETag of a concurrency token already written as the API shows it (32 hex digits).</summary>
    public static string ETag(string rowVersion) => $"\"{rowVersion}\"";

    /// <summary>
    /// The version the caller read, from <c>If-Match</c>: null when it sent none; <see cref="Guid.Empty"/> (which
    /// matches nothing, so the answer is 412) when it sent something that is not one of our ETags.
    /// </summary>
    public static Guid? IfMatch(HttpRequest request) =>
        request.Headers.IfMatch.Count == 0 ? null : Version(request.Headers.IfMatch.ToString());

    /// <summary>
    /// The version a form sent, for a use case where sending one is optional (a state change, a draft's first save): null
    /// when the field is empty, else as <see cref="Version"/> reads it.
    /// </summary>
    public static Guid? SentVersion(string? text) => string.IsNullOrWhiteSpace(text) ? null : Version(text);

    /// <summary>A concurrency token as a form or header carries it (<c>"…"</c>, <c>W/"…"</c> or bare); <see cref="Guid.Empty"/> when unreadable.</summary>
    public static Guid Version(string? text)
    {
        var value = (text ?? string.Empty).Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        return Guid.TryParseExact(value.Trim('"'), "N", out var version) ? version : Guid.Empty;
    }

    private static ProblemHttpResult Problem(int status, string type, string titleKey, string? detailKey, IReadOnlyList<Problem> problems, IStringLocalizer localizer)
    {
        // A failure that says why (the report is approved; submit first) says it in the detail; otherwise the kind's own.
        var detail = problems.Count > 0 ? Problems.Message(problems[0], localizer) : detailKey is null ? null : localizer[detailKey].Value;
        return TypedResults.Problem(new ProblemDetails { Status = status, Type = TypeBase + type, Title = localizer[titleKey], Detail = detail });
    }
}
