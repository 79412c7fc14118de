namespace Crm.Scale;

/// <summary>The target database already holds ERP customers; generated data must never mix with real data.</summary>
public sealed class DatabaseNotEmptyException : Exception
{
    public DatabaseNotEmptyException()
    {
    }

    public DatabaseNotEmptyException(string message)
        : base(message)
    {
    }

    public DatabaseNotEmptyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
