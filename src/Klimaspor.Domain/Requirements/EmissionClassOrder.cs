using Klimaspor.Domain.Reporting;

namespace Klimaspor.Domain.Requirements;

/// <summary>Whether a line's emission class is below a requirement's minimum class.</summary>
public enum ClassComparison
{
    Below,
    NotBelow,

    /// <summary>The class is unknown, missing, or of the other family (a Euro class where a Stage is required).</summary>
    Unknown,
}

/// <summary>
/// The order of the template's emission classes. Stage (EU non-road machinery) and Euro (heavy vehicles) are two
/// separate ladders, oldest first: stage-i &lt; stage-ii &lt; stage-iiia &lt; stage-iiib &lt; stage-iv &lt; stage-v and
/// euro-iv &lt; euro-v &lt; euro-vi. A Stage and a Euro class cannot be compared (the engines are tested on different
/// cycles), so such a line cannot be assessed rather than guessed. <c>nullutslipp</c> meets every minimum;
/// <c>ukjent</c> meets none and cannot be assessed.
/// </summary>
public static class EmissionClassOrder
{
    private static readonly string[] Stages =
    [
        EmissionClasses.StageI, EmissionClasses.StageII, EmissionClasses.StageIIIA, EmissionClasses.StageIIIB,
        EmissionClasses.StageIV, EmissionClasses.StageV,
    ];

    private static readonly string[] Euros = [EmissionClasses.EuroIV, EmissionClasses.EuroV, EmissionClasses.EuroVI];

    /// <summary>Whether a requirement can name the class as its minimum: a Stage or Euro class, or <c>nullutslipp</c>.</summary>
    public static bool CanBeMinimum(string? code) =>
        code == EmissionClasses.Nullutslipp || Array.IndexOf(Stages, code) >= 0 || Array.IndexOf(Euros, code) >= 0;

    /// <summary>Compares a line's class with a minimum; a minimum of <c>nullutslipp</c> puts every other known class below.</summary>
    public static ClassComparison Compare(string? lineClass, string minimum)
    {
        if (lineClass == EmissionClasses.Nullutslipp)
        {
            return ClassComparison.NotBelow;
        }

        var stage = Array.IndexOf(Stages, lineClass);
        var euro = Array.IndexOf(Euros, lineClass);
        if (stage < 0 && euro < 0)
        {
            return ClassComparison.Unknown;
        }

        if (minimum == EmissionClasses.Nullutslipp)
        {
            return ClassComparison.Below;
        }

        var minimumStage = Array.IndexOf(Stages, minimum);
        var minimumEuro = Array.IndexOf(Euros, minimum);
        if (stage >= 0 && minimumStage >= 0)
        {
            return stage < minimumStage ? ClassComparison.Below : ClassComparison.NotBelow;
        }

        if (euro >= 0 && minimumEuro >= 0)
        {
            return euro < minimumEuro ? ClassComparison.Below : ClassComparison.NotBelow;
        }

        return ClassComparison.Unknown;
    }
}
