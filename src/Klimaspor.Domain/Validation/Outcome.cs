using System.Diagnostics.CodeAnalysis;

namespace Klimaspor.Domain.Validation;

/// <summary>
/// Why a use case did not do what was asked. Each kind has one meaning on every route and page (see the HTTP mapping
/// in <c>Web/ApiOutcomes.cs</c>), so a caller can act on the kind without reading the message.
/// </summary>
public enum OutcomeKind
{
    Ok,

    /// <summary>The object does not exist, or the caller may not know that it does.</summary>
    NotFound,

    /// <summary>The caller may see the object but not do this to it.</summary>
    Forbidden,

    /// <summary>The input breaks a rule; <see cref="Outcome{T}.Problems"/> says where and why. Nothing was changed.</summary>
    Invalid,

    /// <summary>Another request got there first: a lost race on a state change, or a duplicate of something unique.</summary>
    Conflict,

    /// <summary>The version the caller read (If-Match) is no longer the current one.</summary>
    Stale,

    /// <summary>The object exists and the change needs the version the caller read (If-Match), which it did not send.</summary>
    PreconditionRequired,

    /// <summary>The object is in a state that no longer allows the change (an approved report, a published factor set).</summary>
    Locked,

    /// <summary>The step was taken out of turn (approving a report that was never submitted).</summary>
    OutOfOrder,
}

/// <summary>
/// The one result type of every use case: the value, or the expected failure with the problems that explain it.
/// Exceptions are for bugs; everything a user or client can cause ends here.
/// </summary>
public sealed class Outcome<T>
{
    private Outcome(OutcomeKind kind, T? value, IReadOnlyList<Problem> problems, int unlisted = 0)
    {
        Kind = kind;
        Value = value;
        Problems = problems;
        Unlisted = unlisted;
    }

    public OutcomeKind Kind { get; }

    /// <summary>The result; set exactly when <see cref="Succeeded"/>.</summary>
    public T? Value { get; }

    /// <summary>What went wrong, located; empty on success. A failure other than invalid may carry one problem that says why.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>
    /// Problems found beyond those in <see cref="Problems"/>, counted but not held (a file of 250 000 bad rows); zero
    /// unless the input was too wrong to list whole.
    /// </summary>
    public int Unlisted { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    public bool Succeeded => Kind == OutcomeKind.Ok;

    public static Outcome<T> Ok(T value) => new(OutcomeKind.Ok, value ?? throw new ArgumentNullException(nameof(value)), []);

    public static Outcome<T> Invalid(IReadOnlyList<Problem> problems) =>
        problems.Count > 0 ? new(OutcomeKind.Invalid, default, problems) : throw new ArgumentException("An invalid outcome says what is invalid.", nameof(problems));

    /// <param name="unlisted">Problems found beyond <paramref name="problems"/>, counted only.</param>
    public static Outcome<T> Invalid(IReadOnlyList<Problem> problems, int unlisted) =>
        problems.Count > 0 ? new(OutcomeKind.Invalid, default, problems, unlisted) : throw new ArgumentException("An invalid outcome says what is invalid.", nameof(problems));

    public static Outcome<T> Invalid(Problem problem) => new(OutcomeKind.Invalid, default, [problem]);

    public static Outcome<T> NotFound { get; } = new(OutcomeKind.NotFound, default, []);

    public static Outcome<T> Forbidden { get; } = new(OutcomeKind.Forbidden, default, []);

    /// <param name="why">The message key that says what happened meanwhile; null for the general one.</param>
    public static Outcome<T> Conflict(string? why = null) => new(OutcomeKind.Conflict, default, why is null ? [] : [Problem.About(why)]);

    public static Outcome<T> Stale { get; } = new(OutcomeKind.Stale, default, []);

    public static Outcome<T> PreconditionRequired { get; } = new(OutcomeKind.PreconditionRequired, default, []);

    /// <param name="why">The message key that says what state the object is in, e.g. <c>Reports.Locked</c>.</param>
    public static Outcome<T> Locked(string why, params object[] arguments) => new(OutcomeKind.Locked, default, [Problem.About(why, arguments)]);

    /// <param name="why">The message key that says which step must come first.</param>
    public static Outcome<T> OutOfOrder(string why, params object[] arguments) => new(OutcomeKind.OutOfOrder, default, [Problem.About(why, arguments)]);

    /// <summary>The same failure for a use case that answers with another type; only for failures.</summary>
    public Outcome<TOther> Failed<TOther>() =>
        Succeeded ? throw new InvalidOperationException("A success has no failure to pass on.") : Outcome<TOther>.Failure(Kind, Problems, Unlisted);

    /// <summary>The version check every change of an existing object makes, in one place.</summary>
    /// <param name="current">The object's concurrency token now.</param>
    /// <param name="expected">What the caller read (If-Match); null when it sent none.</param>
    /// <returns>Null when the change may go on; otherwise the failure to answer with.</returns>
    public static Outcome<T>? CheckVersion(Guid current, Guid? expected) =>
        expected is not { } version ? PreconditionRequired : version != current ? Stale : null;

    /// <summary>A failure an access check decided (not found, forbidden), for the use case to pass on.</summary>
    public static Outcome<T> Refused(OutcomeKind kind) =>
        kind is OutcomeKind.Ok or OutcomeKind.Invalid ? throw new ArgumentException("Not a refusal without problems.", nameof(kind)) : new(kind, default, []);

    private static Outcome<T> Failure(OutcomeKind kind, IReadOnlyList<Problem> problems, int unlisted) => new(kind, default, problems, unlisted);
}
