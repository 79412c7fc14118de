namespace Crm.Abstractions.Common;

/// <summary>Input was rejected before anything was written. <see cref="Errors"/> names each bad field.</summary>
public sealed class CrmValidationException : CrmException
{
    /// <summary>Rejects one field.</summary>
    public CrmValidationException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    /// <summary>Rejects several fields at once.</summary>
    public CrmValidationException(IReadOnlyDictionary<string, string[]> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Field name (as the caller spelled it, e.g. a query parameter or JSON property) to messages.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    private static string Describe(IReadOnlyDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
    }
}
