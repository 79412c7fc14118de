namespace Crm.Abstractions.Common;

/// <summary>The record the caller asked for does not exist (or is not visible to them).</summary>
public sealed class CrmNotFoundException : CrmException
{
    /// <summary>Reports that no <paramref name="kind"/> with <paramref name="key"/> exists.</summary>
    public CrmNotFoundException(string kind, string key)
        : base($"No {kind} with key '{key}' exists.")
    {
        Kind = kind;
        Key = key;
    }

    /// <summary>What was looked for, e.g. "account".</summary>
    public string Kind { get; }

    /// <summary>The key that was not found.</summary>
    public string Key { get; }
}
