namespace Klimaspor.Domain.Validation;

/// <summary>
/// An expected validation failure located at one input field. The message is a key into the application's
/// texts, with arguments, so that every user reads it in their own language.
/// </summary>
/// <param name="Field">The input's key as the API names it (camelCase), e.g. <c>endDate</c> or <c>sites[1].name</c>.</param>
/// <param name="MessageKey">Key of the message text, e.g. <c>Validation.Required</c>.</param>
/// <param name="Value">The offending value as received, for the error listing; null when the value was missing.</param>
/// <param name="Arguments">Values for the message's placeholders; when there are none, the value fills {0}.</param>
public sealed record FieldError(string Field, string MessageKey, string? Value = null, params object[] Arguments);
