namespace Klimaspor.Domain.Organisations;

/// <summary>
/// A Norwegian organisation number (organisasjonsnummer) from Enhetsregisteret: nine digits, the last a
/// modulus-11 check digit over the first eight with weights 3 2 7 6 5 4 3 2 (Brønnøysundregistrene).
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(OrganisationNumberJsonConverter))]
public readonly record struct OrganisationNumber
{
    private static readonly int[] Weights = [3, 2, 7, 6, 5, 4, 3, 2];

    private OrganisationNumber(string value) => Value = value;

    /// <summary>The nine digits, without spaces.</summary>
    public string Value { get; }

    /// <summary>Accepts nine digits with any spaces between them (ordinary, non-breaking or thin), as people type them.</summary>
    public static bool TryParse(string? input, out OrganisationNumber number)
    {
        number = default;
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }

        Span<char> digits = stackalloc char[9];
        var count = 0;
        foreach (var c in input)
        {
            if (char.IsWhiteSpace(c) || c is '\u00A0' or '\u2009' or '\u202F')
            {
                continue;
            }

            if (c is < '0' or > '9' || count == 9)
            {
                return false;
            }

            digits[count++] = c;
        }

        if (count != 9 || !HasValidCheckDigit(digits))
        {
            return false;
        }

        number = new OrganisationNumber(new string(digits));
        return true;
    }

    public static OrganisationNumber Parse(string input) =>
        TryParse(input, out var number) ? number : throw new FormatException($"'{input}' is not a valid organisation number.");

    private static bool HasValidCheckDigit(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (digits[i] - '0') * Weights[i];
        }

        var remainder = sum % 11;
        // Remainder 1 would need check digit 10: such numbers are never issued.
        if (remainder == 1)
        {
            return false;
        }

        var check = remainder == 0 ? 0 : 11 - remainder;
        return digits[8] - '0' == check;
    }

    /// <summary>The way Brønnøysundregistrene prints it: "974 760 673".</summary>
    public string Formatted => Value is null ? string.Empty : $"{Value[..3]} {Value[3..6]} {Value[6..]}";

    public override string ToString() => Value ?? string.Empty;
}
