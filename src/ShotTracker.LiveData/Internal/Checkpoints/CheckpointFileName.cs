using System.Security.Cryptography;
using System.Text;

namespace ShotTracker.LiveData.Internal.Checkpoints;

/// <summary>Turns a game id into a file name that cannot leave the store's directory.</summary>
/// <remarks>
/// Lower-case ASCII letters, digits and '-' are kept; every other UTF-8 byte (upper case included, so that ids differing
/// only in case stay apart on case-insensitive file systems) becomes '_' and two hex digits. The mapping is one-to-one,
/// and no name contains a path separator or is "." or "..". Ids too long for a file name keep a prefix and a SHA-256.
/// </remarks>
internal static class CheckpointFileName
{
    private const int MaxEncodedLength = 150;

    public static string For(string gameId)
    {
        var bytes = Encoding.UTF8.GetBytes(gameId);
        var name = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            if (b is >= (byte)'a' and <= (byte)'z' or >= (byte)'0' and <= (byte)'9' or (byte)'-')
            {
                name.Append((char)b);
            }
            else
            {
                name.Append('_').Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        if (name.Length > MaxEncodedLength)
        {
            // '~' never appears in an encoded id, so a shortened name cannot equal another id's full one.
            using var sha = SHA256.Create();
            var hash = sha.ComputeHash(bytes);
            name.Length = 100;
            name.Append('~');
            foreach (var b in hash)
            {
                name.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return name.ToString();
    }
}
