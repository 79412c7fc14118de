namespace Crm.Abstractions.Common;

/// <summary>
/// The record would duplicate open ones; nothing was written. <see cref="Existing"/> names them so
/// the caller can offer the existing record or repeat the request allowing the duplicate.
/// </summary>
public sealed class CrmDuplicateException : CrmException
{
    /// <summary>Reports that <paramref name="existing"/> already cover what was asked.</summary>
    public CrmDuplicateException(string kind, IReadOnlyList<string> existing)
        : base($"An open {kind} for the same subject already exists: {string.Join(", ", existing)}.")
    {
        Kind = kind;
        Existing = existing;
    }

    /// <summary>What would be duplicated, e.g. "inquiry".</summary>
    public string Kind { get; }

    /// <summary>Keys of the open records that match.</summary>
    public IReadOnlyList<string> Existing { get; }
}
