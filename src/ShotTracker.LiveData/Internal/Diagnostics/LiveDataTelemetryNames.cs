using System.Text;

namespace ShotTracker.LiveData.Internal.Diagnostics;

/// <summary>
/// The attribute names the SDK's metrics and activities share, namespaced under <c>shottracker.livedata.</c> as the
/// OpenTelemetry naming conventions ask, and the attribute values derived from the enums they describe.
/// </summary>
internal static class LiveDataTelemetryNames
{
    /// <summary>The wire name of a message's source (<c>chart</c>, <c>location</c>…; <c>unknown</c> for a source this version does not know).</summary>
    public const string Source = "shottracker.livedata.source";

    /// <summary>Why a connection ended or an attempt failed: <see cref="ReasonValue"/> of a <see cref="LiveDataDisconnectReason"/>.</summary>
    public const string Reason = "shottracker.livedata.reason";

    /// <summary>The number of a connection attempt, 1-based.</summary>
    public const string Attempt = "shottracker.livedata.attempt";

    /// <summary>The <c>last_seq</c> a connection resumes after.</summary>
    public const string LastSequence = "shottracker.livedata.last_seq";

    /// <summary>The game or drill id of a token fetch.</summary>
    public const string GameId = "shottracker.livedata.game_id";

    // Indexed by the enum's value; derived from its names, so a new reason gets its value without a second list.
    private static readonly string?[] ReasonValues = CreateReasonValues();

    /// <summary>Gets one more than the largest value of <see cref="LiveDataDisconnectReason"/>.</summary>
    public static int ReasonValueCount => ReasonValues.Length;

    /// <summary>
    /// Returns the attribute value of <paramref name="reason"/>: its name in snake_case (<c>keep_alive_timeout</c>),
    /// or <c>none</c> for a value the enum does not define.
    /// </summary>
    public static string ReasonValue(LiveDataDisconnectReason reason) =>
        (int)reason >= 0 && (int)reason < ReasonValues.Length && ReasonValues[(int)reason] is { } value ? value : ReasonValues[0]!;

    /// <summary>Converts a PascalCase name to snake_case: <c>KeepAliveTimeout</c> to <c>keep_alive_timeout</c>.</summary>
    internal static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    private static string?[] CreateReasonValues()
    {
        var reasons = new Dictionary<int, string>();
        foreach (var name in Enum.GetNames(typeof(LiveDataDisconnectReason)))
        {
            reasons[(int)(LiveDataDisconnectReason)Enum.Parse(typeof(LiveDataDisconnectReason), name)] = ToSnakeCase(name);
        }

        var values = new string?[reasons.Keys.Max() + 1];
        foreach (var pair in reasons)
        {
            values[pair.Key] = pair.Value;
        }

        return values;
    }
}
