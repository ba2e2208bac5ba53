using Klimaspor.Domain.Validation;

namespace Klimaspor.Features;

public enum OutcomeKind
{
    Ok,
    NotFound,
    Forbidden,
    Invalid,
    /// <summary>Someone else changed the thing since the caller read it.</summary>
    Conflict,
}

/// <summary>The typed result of a use case: a value, or the expected failure with what the caller needs to explain it.</summary>
public sealed record Outcome<T>(OutcomeKind Kind, T? Value, IReadOnlyList<FieldError> Errors)
{
    public static Outcome<T> Ok(T value) => new(OutcomeKind.Ok, value, []);
    public static Outcome<T> Invalid(IReadOnlyList<FieldError> errors) => new(OutcomeKind.Invalid, default, errors);
    public static Outcome<T> Invalid(FieldError error) => new(OutcomeKind.Invalid, default, [error]);
    public static readonly Outcome<T> NotFound = new(OutcomeKind.NotFound, default, []);
    public static readonly Outcome<T> Forbidden = new(OutcomeKind.Forbidden, default, []);
    public static readonly Outcome<T> Conflict = new(OutcomeKind.Conflict, default, []);
}
