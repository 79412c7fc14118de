namespace Crm.Module.Tests.Sales.Leads;

/// <summary>
/// The sales configuration the lead tests run with: two teams, Berlin's postal area and Korea as
/// territories, a round-robin pool of two, and a web-form key.
/// </summary>
internal static class LeadTestSettings
{
    public const string FormKey = "test-form-key-0123456789";

    public static Dictionary<string, string?> Create() => new()
    {
        ["Crm:Erp:Profile"] = "HostSample",
        ["Crm:Sales:Teams:0:Name"] = "North",
        ["Crm:Sales:Teams:0:Managers:0"] = "anna",
        ["Crm:Sales:Teams:0:Members:0"] = "rep1",
        ["Crm:Sales:Teams:0:Members:1"] = "rep2",
        ["Crm:Sales:Teams:1:Name"] = "South",
        ["Crm:Sales:Teams:1:Managers:0"] = "bert",
        ["Crm:Sales:Teams:1:Members:0"] = "rep3",
        ["Crm:Sales:Assignment:Territories:0:Countries:0"] = "DE",
        ["Crm:Sales:Assignment:Territories:0:PostalFrom"] = "10",
        ["Crm:Sales:Assignment:Territories:0:PostalTo"] = "14",
        ["Crm:Sales:Assignment:Territories:0:Owner"] = "rep1",
        ["Crm:Sales:Assignment:Territories:1:Countries:0"] = "KR",
        ["Crm:Sales:Assignment:Territories:1:Owner"] = "rep3",
        ["Crm:Sales:Assignment:RoundRobin:0"] = "rep2",
        ["Crm:Sales:Assignment:RoundRobin:1"] = "rep3",
        ["Crm:Sales:WebForm:FormKey"] = FormKey,
    };
}
