namespace Crm.Module.Data.Resilience;

/// <summary>
/// No connection to the database could be opened, after retries: nothing of the work was sent.
/// The driver's last error is the inner exception.
/// </summary>
public sealed class DatabaseUnreachableException : Exception
{
    public DatabaseUnreachableException()
    {
    }

    public DatabaseUnreachableException(string message)
        : base(message)
    {
    }

    public DatabaseUnreachableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal static DatabaseUnreachableException After(string target, Exception lastError) =>
        new($"The {target} cannot be reached, after retries: {DatabaseRetries.Cause(lastError)}", lastError);
}
