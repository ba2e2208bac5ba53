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
/// The order of the template's emission classes. Stage (EU non-road machinery), heavy-duty Euro and light-duty Euro are
/// separate ladders, oldest first: stage-i &lt; stage-ii &lt; stage-iiia &lt; stage-iiib &lt; stage-iv &lt; stage-v;
/// euro-i &lt; … &lt; euro-v &lt; eev &lt; euro-vi (EEV is Statens vegvesen's "frivillig Euro-avgasskode for tunge
/// kjøretøy", stricter than Euro V and not Euro VI); euro-1 &lt; … &lt; euro-6. Stage and Euro classes cannot be compared
/// (the engines are tested on different cycles), so such a line cannot be assessed rather than guessed; heavy- and
/// light-duty Euro compare by the regulation's step ("minimum euroklasse 6/VI"). <c>nullutslipp</c> meets every minimum;
/// <c>ukjent</c> meets none and cannot be assessed.
/// </summary>
public static class EmissionClassOrder
{
    /// <summary>Whether a requirement can name the class as its minimum: a Stage or Euro class, or <c>nullutslipp</c>.</summary>
    public static bool CanBeMinimum(string? code) => code == EmissionClasses.Nullutslipp || Rank(code).Family != Family.None;

    /// <summary>Compares a line's class with a minimum; a minimum of <c>nullutslipp</c> puts every other known class below.</summary>
    public static ClassComparison Compare(string? lineClass, string minimum)
    {
        if (lineClass == EmissionClasses.Nullutslipp)
        {
            return ClassComparison.NotBelow;
        }

        var line = Rank(lineClass);
        if (line.Family == Family.None)
        {
            return ClassComparison.Unknown;
        }

        if (minimum == EmissionClasses.Nullutslipp)
        {
            return ClassComparison.Below;
        }

        var required = Rank(minimum);
        if (line.Family is Family.Euro or Family.LightEuro && required.Family is Family.Euro or Family.LightEuro && line.Family != required.Family)
        {
            // Oslo's "minimum euroklasse 6/VI": light-duty Euro 6 and heavy-duty Euro VI are the same step of the
            // regulation for their vehicles, so a minimum on either ladder is read as that step on the other.
            return Step(line) < Step(required) ? ClassComparison.Below : ClassComparison.NotBelow;
        }

        if (line.Family != required.Family)
        {
            return ClassComparison.Unknown;
        }

        return line.Rank < required.Rank ? ClassComparison.Below : ClassComparison.NotBelow;
    }

    /// <summary>The regulation's step of a Euro class: heavy I–V and light 1–5 by number, EEV (stricter than V, not VI) as 5, VI and 6 as 6.</summary>
    private static int Step((Family Family, int Rank) rank) => rank.Family == Family.Euro ? rank.Rank switch
    {
        <= 5 => rank.Rank,
        6 => 5,
        _ => 6,
    } : rank.Rank;

    private enum Family
    {
        None,
        Stage,
        Euro,
        LightEuro,
    }

    // A switch on the code compiles to a few character tests: this runs for every machine line of a class requirement.
    private static (Family Family, int Rank) Rank(string? code) => code switch
    {
        EmissionClasses.StageI => (Family.Stage, 1),
        EmissionClasses.StageII => (Family.Stage, 2),
        EmissionClasses.StageIIIA => (Family.Stage, 3),
        EmissionClasses.StageIIIB => (Family.Stage, 4),
        EmissionClasses.StageIV => (Family.Stage, 5),
        EmissionClasses.StageV => (Family.Stage, 6),
        EmissionClasses.EuroI => (Family.Euro, 1),
        EmissionClasses.EuroII => (Family.Euro, 2),
        EmissionClasses.EuroIII => (Family.Euro, 3),
        EmissionClasses.EuroIV => (Family.Euro, 4),
        EmissionClasses.EuroV => (Family.Euro, 5),
        EmissionClasses.Eev => (Family.Euro, 6),
        EmissionClasses.EuroVI => (Family.Euro, 7),
        EmissionClasses.Euro1 => (Family.LightEuro, 1),
        EmissionClasses.Euro2 => (Family.LightEuro, 2),
        EmissionClasses.Euro3 => (Family.LightEuro, 3),
        EmissionClasses.Euro4 => (Family.LightEuro, 4),
        EmissionClasses.Euro5 => (Family.LightEuro, 5),
        EmissionClasses.Euro6 => (Family.LightEuro, 6),
        _ => (Family.None, 0),
    };
}
