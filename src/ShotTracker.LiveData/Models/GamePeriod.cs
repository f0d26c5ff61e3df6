using System.Globalization;

namespace ShotTracker.LiveData.Models;

/// <summary>
/// A period code (<c>period</c>, <c>prd</c>) read into an ordered value: its kind, its number and the text as sent.
/// </summary>
/// <remarks>
/// Periods order as a game runs: <c>TP</c>, <c>PRE</c>, <c>Q1</c>, <c>H1</c>, <c>Q2</c>, <c>HT</c>, <c>Q3</c>,
/// <c>H2</c>, <c>Q4</c>, <c>OT</c>, <c>OT2</c>, …, <c>END</c>, <c>COMPLETED</c>. A code this version does not know is
/// kept (<see cref="GamePeriodKind.Unknown"/>, with the text in <see cref="Code"/>) and orders after all known ones.
/// Two periods are equal when their codes are.
/// </remarks>
public readonly struct GamePeriod : IEquatable<GamePeriod>, IComparable<GamePeriod>
{
    private readonly string? _code;

    private GamePeriod(string code, GamePeriodKind kind, int number)
    {
        _code = code;
        Kind = kind;
        Number = number;
    }

    /// <summary>Gets the period code as sent, for example <c>Q3</c>; empty for the default value.</summary>
    public string Code => _code ?? string.Empty;

    /// <summary>Gets the kind of period.</summary>
    public GamePeriodKind Kind { get; }

    /// <summary>Gets the number of a quarter, half or overtime (1 for <c>Q1</c>, <c>H1</c> and <c>OT</c>, 2 for <c>OT2</c>); 0 otherwise.</summary>
    public int Number { get; }

    /// <summary>Gets whether the game is played in this period: a quarter, a half or an overtime.</summary>
    public bool IsPlayingPeriod => Kind is GamePeriodKind.Quarter or GamePeriodKind.Half or GamePeriodKind.Overtime;

    /// <summary>Gets whether the code says the game is over (<c>END</c> or <c>COMPLETED</c>).</summary>
    public bool IsFinal => Kind is GamePeriodKind.End or GamePeriodKind.Completed;

    private int Order => Kind switch
    {
        GamePeriodKind.TestPattern => -1,
        GamePeriodKind.PreGame => 0,
        GamePeriodKind.Quarter => Number * 100,
        GamePeriodKind.Half => Number == 1 ? 150 : (Number * 200) - 50,
        GamePeriodKind.HalfTime => 250,
        GamePeriodKind.Overtime => 1000 + Number,
        GamePeriodKind.End => 10_000,
        GamePeriodKind.Completed => 10_001,
        _ => 20_000,
    };

    /// <summary>Reads a period code. Never fails: an unknown code becomes a <see cref="GamePeriodKind.Unknown"/> period.</summary>
    /// <param name="code">The code as sent, for example <c>Q1</c>, <c>OT2</c> or <c>COMPLETED</c>.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    public static GamePeriod Parse(string code)
    {
        if (code is null)
        {
            throw new ArgumentNullException(nameof(code));
        }

        return code switch
        {
            Periods.PreGame => new GamePeriod(code, GamePeriodKind.PreGame, 0),
            Periods.HalfTime => new GamePeriod(code, GamePeriodKind.HalfTime, 0),
            Periods.End => new GamePeriod(code, GamePeriodKind.End, 0),
            Periods.Completed => new GamePeriod(code, GamePeriodKind.Completed, 0),
            Periods.TestPattern => new GamePeriod(code, GamePeriodKind.TestPattern, 0),
            Periods.Overtime => new GamePeriod(code, GamePeriodKind.Overtime, 1),
            _ when Numbered(code, "OT", out var n) => new GamePeriod(code, GamePeriodKind.Overtime, n),
            _ when Numbered(code, "Q", out var n) => new GamePeriod(code, GamePeriodKind.Quarter, n),
            _ when Numbered(code, "H", out var n) => new GamePeriod(code, GamePeriodKind.Half, n),
            _ => new GamePeriod(code, GamePeriodKind.Unknown, 0),
        };
    }

    /// <summary>Reads a period code that may be absent.</summary>
    /// <param name="code">The code as sent, or <see langword="null"/>.</param>
    /// <returns>The period, or <see langword="null"/> when <paramref name="code"/> is <see langword="null"/> or empty.</returns>
    public static GamePeriod? FromCode(string? code) => string.IsNullOrEmpty(code) ? null : Parse(code!);

    /// <inheritdoc />
    public int CompareTo(GamePeriod other)
    {
        var byOrder = Order.CompareTo(other.Order);
        return byOrder != 0 ? byOrder : string.CompareOrdinal(Code, other.Code);
    }

    /// <inheritdoc />
    public bool Equals(GamePeriod other) => string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GamePeriod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns the code as sent.</summary>
    /// <returns><see cref="Code"/>.</returns>
    public override string ToString() => Code;

    /// <summary>Compares two periods for equality of their codes.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(GamePeriod left, GamePeriod right) => left.Equals(right);

    /// <summary>Compares two periods for inequality of their codes.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(GamePeriod left, GamePeriod right) => !left.Equals(right);

    /// <summary>Gets whether <paramref name="left"/> comes before <paramref name="right"/> in a game.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether <paramref name="left"/> is earlier.</returns>
    public static bool operator <(GamePeriod left, GamePeriod right) => left.CompareTo(right) < 0;

    /// <summary>Gets whether <paramref name="left"/> comes after <paramref name="right"/> in a game.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether <paramref name="left"/> is later.</returns>
    public static bool operator >(GamePeriod left, GamePeriod right) => left.CompareTo(right) > 0;

    /// <summary>Gets whether <paramref name="left"/> is <paramref name="right"/> or comes before it.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether <paramref name="left"/> is not later.</returns>
    public static bool operator <=(GamePeriod left, GamePeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Gets whether <paramref name="left"/> is <paramref name="right"/> or comes after it.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether <paramref name="left"/> is not earlier.</returns>
    public static bool operator >=(GamePeriod left, GamePeriod right) => left.CompareTo(right) >= 0;

    private static bool Numbered(string code, string prefix, out int number)
    {
        number = 0;
        if (code.Length <= prefix.Length || code.Length > prefix.Length + 3 || !code.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        return int.TryParse(code.Substring(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out number) && number > 0;
    }
}
