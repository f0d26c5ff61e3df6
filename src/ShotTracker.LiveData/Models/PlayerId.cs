using ShotTracker.LiveData.Internal.Models;
namespace ShotTracker.LiveData.Models;

/// <summary>
/// A player's id, the same value whichever source it came from (a number in <c>location</c> and <c>broadcastsummary</c>, a string in <c>chart</c>, <c>boxscorestatsv2</c>, <c>possessions</c> and markers).
/// </summary>
/// <remarks>
/// A decimal integer is held as its number, so <c>"1042"</c> and <c>1042</c> are the same id; an id that is not a
/// number is kept as its text. Ids compare by number, and numbers order before text ids.
/// </remarks>
public readonly struct PlayerId : IEquatable<PlayerId>, IComparable<PlayerId>
{
    private readonly long _number;
    private readonly string? _text;

    private PlayerId(long number, string? text)
    {
        _number = number;
        _text = text;
    }

    /// <summary>Gets the id as a number, or <see langword="null"/> when the id is not a decimal integer.</summary>
    public long? Number => _text is null ? _number : null;

    /// <summary>Creates the id of a numeric player id.</summary>
    /// <param name="id">The id as a number.</param>
    /// <returns>The id.</returns>
    public static PlayerId FromNumber(long id) => new(id, null);

    /// <summary>Reads an id sent as text.</summary>
    /// <param name="text">The id as sent.</param>
    /// <param name="id">The id, when <paramref name="text"/> is not <see langword="null"/> or empty.</param>
    /// <returns>Whether there was an id.</returns>
    public static bool TryParse(string? text, out PlayerId id)
    {
        var ok = IdText.TryRead(text, out var number, out var other);
        id = new PlayerId(number, other);
        return ok;
    }

    /// <summary>Reads an id sent as text.</summary>
    /// <param name="text">The id as sent.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is <see langword="null"/> or empty.</exception>
    public static PlayerId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new ArgumentException("An id must not be null or empty.", nameof(text));

    internal static PlayerId? From(string? text) => TryParse(text, out var id) ? id : null;

    internal static PlayerId? From(long? number) => number is { } n ? FromNumber(n) : null;

    /// <inheritdoc />
    public bool Equals(PlayerId other) => _number == other._number && string.Equals(_text, other._text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PlayerId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _text is null ? _number.GetHashCode() : StringComparer.Ordinal.GetHashCode(_text);

    /// <inheritdoc />
    public int CompareTo(PlayerId other) => IdText.Compare(_number, _text, other._number, other._text);

    /// <summary>Returns the id as text: the decimal number, or the text it was sent as.</summary>
    /// <returns>The id as text.</returns>
    public override string ToString() => IdText.Format(_number, _text);

    /// <summary>Compares two ids for equality.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether they are the same id.</returns>
    public static bool operator ==(PlayerId left, PlayerId right) => left.Equals(right);

    /// <summary>Compares two ids for inequality.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether they are different ids.</returns>
    public static bool operator !=(PlayerId left, PlayerId right) => !left.Equals(right);
}
