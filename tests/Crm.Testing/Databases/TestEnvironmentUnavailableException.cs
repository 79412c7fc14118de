namespace Crm.Testing.Databases;

/// <summary>
/// A database the tests need cannot be had on this machine. Crm.Testing has no reference to the
/// test framework, so the test projects turn this into a skipped test (or, when
/// <see cref="IsRequired"/>, a failed one); <see cref="TestEnvironmentPolicy"/> decides which.
/// </summary>
public sealed class TestEnvironmentUnavailableException : Exception
{
    public TestEnvironmentUnavailableException()
    {
    }

    public TestEnvironmentUnavailableException(string message)
        : base(message)
    {
    }

    public TestEnvironmentUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal TestEnvironmentUnavailableException(string message, bool isRequired)
        : base(message)
    {
        IsRequired = isRequired;
    }

    /// <summary>True when this run demands the database, so its absence is a failure, not a skip.</summary>
    public bool IsRequired { get; }
}
