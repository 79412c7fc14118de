namespace Crm.Abstractions.Common;

/// <summary>The signed-in user may not do what was asked. Nothing was read or written.</summary>
public sealed class CrmPermissionException : CrmException
{
    /// <summary>Creates the exception; <paramref name="message"/> says which permission is missing.</summary>
    public CrmPermissionException(string message)
        : base(message)
    {
    }
}
