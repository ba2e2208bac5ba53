using Klimaspor.Domain.Validation;

namespace Klimaspor.Domain.Tests.Texts;

/// <summary>The one rule for free text (issue 16, item 9): what it refuses, and that ordinary Norwegian text passes.</summary>
public sealed class TextFieldTests
{
    [Theory]
    [InlineData("Ny brannstasjon Tåsen – trinn 2 🚒")]
    [InlineData("Ærlig, øvrig og åpen: «sitat» (§ 3-1)")]
    [InlineData("O’Brien & Søn AS")]
    [InlineData("مرحبا بالعالم")]
    [InlineData("👩‍🔧 maskinfører")]
    public void Check_OrdinaryText_Passes(string text) =>
        Assert.Null(TextField.Check(text, TextField.LineMaxLength));

    [Theory]
    [InlineData("Brann\u0000stasjon", TextField.ControlCharacterKey)]
    [InlineData("bjelle\u0007", TextField.ControlCharacterKey)]
    [InlineData("to\nlinjer", TextField.ControlCharacterKey)]
    [InlineData("AB\u202E12345", TextField.DirectionControlKey)]
    [InlineData("AB\u202A12345", TextField.DirectionControlKey)]
    [InlineData("AB\u2066123\u2069", TextField.DirectionControlKey)]
    [InlineData("\u200B", TextField.InvisibleKey)]
    [InlineData("\u200B\u200C\u200D\u2060\uFEFF", TextField.InvisibleKey)]
    [InlineData("\u200B \u200B", TextField.InvisibleKey)]
    public void Check_HostileLine_RefusedWithItsReason(string text, string key) =>
        Assert.Equal(key, TextField.Check(text, TextField.LineMaxLength)?.MessageKey);

    /// <summary>Built in code: an attribute's string cannot hold half a surrogate pair.</summary>
    [Fact]
    public void Check_LoneSurrogate_RefusedAsBroken()
    {
        Assert.Equal(TextField.BrokenCharacterKey, TextField.Check(new string(['h', 'a', '\uD800']), 10)?.MessageKey);
        Assert.Equal(TextField.BrokenCharacterKey, TextField.Check(new string(['\uDC00', 'h']), 10)?.MessageKey);
        Assert.Equal(TextField.BrokenCharacterKey, TextField.Check(new string(['\uDC00', '\uD800']), 10)?.MessageKey);
    }

    [Fact]
    public void Check_LineBreaksAndTabsInAParagraph_Pass() =>
        Assert.Null(TextField.Check("Første linje\r\nAndre linje\tmed tabulator", TextField.ParagraphMaxLength, multiline: true));

    [Fact]
    public void Check_NulInAParagraph_Refused() =>
        Assert.Equal(TextField.ControlCharacterKey, TextField.Check("a\u0000b", TextField.ParagraphMaxLength, multiline: true)?.MessageKey);

    [Fact]
    public void Check_OverTheLimit_RefusedWithTheLimit()
    {
        var refusal = TextField.Check(new string('x', 201), 200);

        Assert.Equal(TextField.TooLongKey, refusal?.MessageKey);
        Assert.Equal([200], refusal!.Arguments);
        Assert.Null(TextField.Check(new string('x', 200), 200));
    }

    [Fact]
    public void Read_MegabyteValue_ProblemAtTheFieldEchoingOnlyItsStart()
    {
        var errors = new List<Problem>();

        var read = TextField.Read(new string('m', 1_000_000), "model", TextField.LineMaxLength, errors);

        Assert.Null(read);
        var problem = Assert.Single(errors);
        Assert.Equal("model", problem.Field);
        Assert.Equal(TextField.TooLongKey, problem.MessageKey);
        Assert.True(problem.Value!.Length <= 51);
    }

    [Fact]
    public void Read_Blank_NullAndRequiredOnlyWhenAsked()
    {
        var errors = new List<Problem>();

        Assert.Null(TextField.Read("  ", "comment", 10, errors));
        Assert.Empty(errors);
        Assert.Null(TextField.Read(null, "title", 10, errors, required: true));
        Assert.Equal("Validation.Required", Assert.Single(errors).MessageKey);
    }

    [Fact]
    public void Read_Padded_Trimmed() =>
        Assert.Equal("Tåsen", TextField.Read("  Tåsen ", "name", 10, []));

    [Fact]
    public void Echo_ControlAndOverride_ShownAsReplacementCharacter() =>
        Assert.Equal("a\uFFFDb\uFFFDc", TextField.Echo("a\u0000b\u202Ec"));
}
