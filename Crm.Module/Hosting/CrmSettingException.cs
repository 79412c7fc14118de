namespace Crm.Module.Hosting;

/// <summary>
/// A setting in configuration is wrong. Thrown at start-up so the host stops with a message that
/// names the setting to fix, instead of failing later on the first request.
/// </summary>
public class CrmSettingException : Exception
{
    public CrmSettingException(string setting, string problem, Exception? innerException = null)
        : base($"Setting '{setting}' is invalid: {problem}", innerException)
    {
        Setting = setting;
    }

    /// <summary>The configuration path of the offending setting, e.g. <c>Crm:Inquiries:Teams:0:Code</c>.</summary>
    public string Setting { get; }
}
