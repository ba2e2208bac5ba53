using Klimaspor.Domain.Validation;
using Klimaspor.Web;

namespace Klimaspor.Tests;

/// <summary>A refused upload in the reader's words, as the app tells it (the refusal carries a key and arguments only).</summary>
internal static class RefusalTexts
{
    public static string Text(this Problem refusal, string? culture) => TextsLocalizer.Message(refusal.MessageKey, culture, refusal.Arguments);
}
