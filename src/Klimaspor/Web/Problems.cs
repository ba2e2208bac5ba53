using System.Text.Json;
using Klimaspor.Domain.Reporting.Template;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Klimaspor.Web;

/// <summary>One entry of a validation problem's <c>errors</c> array, as the API note defines it.</summary>
public sealed record ApiError(string? Sheet, int? Row, string Column, string? Value, string Message)
{
    /// <summary>The column's header in the caller's language, for errors in a sheet's column; <see cref="Column"/> stays the template key.</summary>
    public string? Header { get; init; }

    /// <summary>The column's letter where the value sat in an uploaded sheet (<c>D</c>, <c>AA</c>); null for JSON, which has none.</summary>
    public string? ColumnLetter { get; init; }

    /// <summary>Where in a JSON report body the value sat (<c>machines[2].fuelLitres</c>, 0-based); null for other input.</summary>
    public string? Path { get; init; }
}

public static class Problems
{
    public static IServiceCollection AddKlimasporProblemDetails(this IServiceCollection services) =>
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
            // A body the server cut off at its limit (one sent without a length): say the limit.
            if (context.Exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } && BodyLimit.Of(context.HttpContext) is { } limit)
            {
                context.ProblemDetails.Title = BodyLimit.Title(context.HttpContext, limit);
            }

            // A body the framework could not read: say where, in the caller's language, instead of a bare status.
            if (context.Exception is BadHttpRequestException { InnerException: JsonException json })
            {
                var localizer = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer>();
                var message = localizer["Problem.MalformedJsonAt", json.Path ?? "$"].Value;
                if (IsSyntax(json))
                {
                    context.ProblemDetails.Title = localizer["Problem.MalformedJson"];
                    context.ProblemDetails.Detail = message;
                }
                else
                {
                    context.ProblemDetails.Type = ApiOutcomes.TypeBase + "validation";
                    context.ProblemDetails.Title = localizer["Problem.ValidationTitle"];
                    context.ProblemDetails.Detail = localizer["Problem.ValidationDetail"];
                }

                context.ProblemDetails.Extensions["errors"] = new[] { new ApiError(null, null, ToColumn(json.Path), null, message) };
            }
        });

    /// <summary>
    /// The status of an exception that ends a request under <c>/api</c>, one rule for every route (docs/api-input.md):
    /// a body that is not JSON at all — broken syntax or encoding the JSON reader stops at — is 400; well-formed JSON of
    /// the wrong shape (an unknown member, a value of the wrong type, a missing required member) is 422, like every
    /// other refused input; any other bad request keeps the framework's status; anything else is a bug, 500.
    /// </summary>
    public static int StatusOf(Exception exception) => exception switch
    {
        BadHttpRequestException { InnerException: JsonException json } => IsSyntax(json) ? StatusCodes.Status400BadRequest : StatusCodes.Status422UnprocessableEntity,
        BadHttpRequestException bad => bad.StatusCode,
        _ => StatusCodes.Status500InternalServerError,
    };

    // The serializer wraps what its reader refused (JsonReaderException, a JsonException) and throws shape errors itself,
    // with no inner exception or the converter's (a FormatException, an InvalidOperationException for a wrong token).
    private static bool IsSyntax(JsonException json) => json.InnerException is JsonException;

    /// <summary>
    /// How many errors a 422 lists, and an upload page shows, before it says how many more there are: enough to fix a
    /// file by, few enough that a file of 250 000 bad rows answers in about a megabyte. An upload's cap is
    /// <c>Reports:MaxErrorsShown</c>.
    /// </summary>
    public const int MaxErrorsShown = 1_000;

    /// <summary>The member of a 422 with the count of errors found but not listed in <c>errors</c>; absent when none were left out.</summary>
    public const string MoreErrors = "moreErrors";

    /// <summary>The member of a 422 with the address of the whole list as CSV, when it was cut and the list was kept.</summary>
    public const string ErrorReport = "errorReport";

    /// <summary>422 with every error located and explained (up to <see cref="MaxErrorsShown"/>); nothing was changed.</summary>
    public static ProblemHttpResult Validation(IEnumerable<Problem> errors, IStringLocalizer localizer) =>
        Validation([.. errors], 0, localizer);

    /// <summary>
    /// 422 listing the first <paramref name="maxShown"/> errors, with the count of the rest in <see cref="MoreErrors"/>
    /// (those listed beyond the cap and the <paramref name="unlisted"/> that were only counted), and, when given, the
    /// address of the whole list.
    /// </summary>
    public static ProblemHttpResult Validation(IReadOnlyList<Problem> errors, int unlisted, IStringLocalizer localizer, int maxShown = MaxErrorsShown,
        string? errorReport = null)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var shown = errors.Take(maxShown).Select(e => Entry(e, localizer)).ToList();
        var problem = Body(shown, localizer);
        var more = errors.Count - shown.Count + unlisted;
        if (more > 0)
        {
            problem.ProblemDetails.Extensions[MoreErrors] = more;
        }

        if (errorReport is not null)
        {
            problem.ProblemDetails.Extensions[ErrorReport] = errorReport;
        }

        return problem;
    }

    /// <summary>One error as the API lists it: located, its message in the caller's language.</summary>
    public static ApiError Entry(Problem error, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new ApiError(error.Sheet, error.Row, error.Field, error.Value, Message(error, localizer))
        {
            Header = TemplateLocation.HeaderKey(error) is { } header ? localizer[header].Value : null,
            ColumnLetter = TemplateLocation.ColumnLetter(error),
            Path = Domain.Reporting.Reports.JsonReportRows.PathOf(error),
        };
    }

    /// <summary>422 for input read from sheets (workbook, CSV or JSON rows): each error with sheet, row and column.</summary>
    public static ProblemHttpResult Validation(IReadOnlyList<ApiError> errors, IStringLocalizer localizer) => Body(errors, localizer);

    private static ProblemHttpResult Body(IReadOnlyList<ApiError> errors, IStringLocalizer localizer) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = localizer["Problem.ValidationTitle"],
            Detail = localizer["Problem.ValidationDetail"],
            Type = ApiOutcomes.TypeBase + "validation",
            Extensions = { ["errors"] = errors },
        });

    /// <summary>A body a use case reads itself that cannot be read into what it expects, located at the JSON path where reading stopped.</summary>
    public static Problem UnreadableJson(string? jsonPath) => new(ToColumn(jsonPath), "Problem.MalformedJsonAt", jsonPath ?? "$");

    public static string Message(Problem error, IStringLocalizer localizer) =>
        localizer[error.MessageKey, error.Arguments.Length > 0 ? error.Arguments : [error.Value ?? string.Empty]];

    private static string ToColumn(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) ? "$" : jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath;
}

/// <summary>Unhandled exceptions become a problem response for the API and a friendly page for people; nothing leaks.</summary>
public sealed class UnhandledExceptionLogger(ILogger<UnhandledExceptionLogger> logger) : IExceptionHandler
{
    public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        return ValueTask.FromResult(false);
    }
}
