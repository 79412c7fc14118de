namespace Crm.Abstractions.Common;

/// <summary>
/// Base of the errors the add-on reports to callers. Each subtype maps to one HTTP status; the
/// message is safe to show to the user.
/// </summary>
public abstract class CrmException : Exception
{
    /// <summary>Creates the exception with a user-facing message.</summary>
    protected CrmException(string message)
        : base(message)
    {
    }
}
