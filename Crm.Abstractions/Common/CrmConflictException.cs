namespace Crm.Abstractions.Common;

/// <summary>
/// The record changed since the caller read it (optimistic concurrency): the caller's version is
/// stale. Nothing was written; read again and retry.
/// </summary>
public sealed class CrmConflictException : CrmException
{
    /// <summary>Reports that <paramref name="kind"/> <paramref name="key"/> is no longer at <paramref name="expectedVersion"/>.</summary>
    public CrmConflictException(string kind, string key, int expectedVersion)
        : base($"The {kind} '{key}' was changed by someone else since version {expectedVersion}; reload it and try again.")
    {
        Kind = kind;
        Key = key;
        ExpectedVersion = expectedVersion;
    }

    /// <summary>What was updated, e.g. "account".</summary>
    public string Kind { get; }

    /// <summary>The key of the record.</summary>
    public string Key { get; }

    /// <summary>The version the caller read, which is no longer current.</summary>
    public int ExpectedVersion { get; }
}
