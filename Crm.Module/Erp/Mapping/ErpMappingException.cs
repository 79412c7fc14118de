namespace Crm.Module.Erp.Mapping;

/// <summary>
/// The ERP mapping in configuration is wrong. Thrown at start-up so the host stops with a message
/// that names the setting to fix, instead of failing later on the first request.
/// </summary>
public sealed class ErpMappingException : Exception
{
    public ErpMappingException(string setting, string problem, Exception? innerException = null)
        : base($"ERP mapping setting '{setting}' is invalid: {problem}", innerException)
    {
        Setting = setting;
    }

    /// <summary>The configuration path of the offending setting, e.g. <c>Crm:Erp:Invoices:DueDate</c>.</summary>
    public string Setting { get; }
}
