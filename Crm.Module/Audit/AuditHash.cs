using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Crm.Module.Audit;

/// <summary>
/// The hashes that chain the audit log: SHA-256 as lower-case hex over an invariant text in which
/// every part carries its length, so no two different entries can produce the same text.
/// </summary>
internal static class AuditHash
{
    /// <summary>The "previous hash" of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string OfChanges(string changes) => Hex(changes);

    public static string OfEntry(string previousHash, long seq, DateTimeOffset occurredAt, string userName, string action, string entity, string recordKey, string changesHash)
    {
        var text = new StringBuilder();
        foreach (var part in new[] { previousHash, seq.ToString(CultureInfo.InvariantCulture), TimeText(occurredAt), userName, action, entity, recordKey, changesHash })
        {
            text.Append(part.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(part).Append('\n');
        }

        return Hex(text.ToString());
    }

    /// <summary>
    /// An instant to the millisecond: what every engine stores and gives back unchanged, so the
    /// hash computed when writing is the one computed when verifying.
    /// </summary>
    public static DateTimeOffset ToMilliseconds(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);

    private static string TimeText(DateTimeOffset instant) =>
        ToMilliseconds(instant).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
