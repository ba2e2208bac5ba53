namespace Klimaspor.Features;

/// <summary>
/// A page of a list as a caller asked for it, made safe once for every list: the size between 1 and the list's
/// largest, the number at least 1 and small enough that the rows before it fit in an <see cref="int"/>. A number past
/// the end is an empty page, never an overflow (<c>page=2147483647</c> once made a negative skip and a 500).
/// </summary>
public readonly record struct PageRequest(int Number, int Size)
{
    public static PageRequest Of(int number, int size, int maxSize)
    {
        size = Math.Clamp(size, 1, maxSize);
        return new(Math.Clamp(number, 1, int.MaxValue / size), size);
    }

    /// <summary>How many rows come before this page.</summary>
    public int Skip => (Number - 1) * Size;
}
