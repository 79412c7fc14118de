namespace Crm.Module.Sales.Leads;

/// <summary>
/// <c>Crm:Sales:WebForm</c>: the public lead form of the company website. Without a
/// <see cref="FormKey"/> the endpoint does not exist (404).
/// </summary>
public sealed class WebFormOptions
{
    public const string SectionName = "Crm:Sales:WebForm";

    /// <summary>
    /// The shared secret the website sends in the <c>X-Crm-Form-Key</c> header, at least 16
    /// characters. The website's server (or its form proxy) adds it; it must not appear in the page.
    /// </summary>
    public string? FormKey { get; set; }
}
