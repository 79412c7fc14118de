namespace Crm.Module.Tests.Inquiries;

/// <summary>
/// The inquiry configuration the tests run with: two teams, routing by category and account owner,
/// a Berlin working week with a lunch break and Christmas holidays, and the default targets.
/// </summary>
internal static class InquiryTestSettings
{
    public static Dictionary<string, string?> For(string profile) => new()
    {
        ["Crm:Erp:Profile"] = profile,
        ["Crm:Inquiries:Teams:0:Code"] = "service",
        ["Crm:Inquiries:Teams:0:Name"] = "Customer service",
        ["Crm:Inquiries:Teams:0:Manager"] = "manager",
        ["Crm:Inquiries:Teams:0:Members:0"] = "clerk",
        ["Crm:Inquiries:Teams:0:Members:1"] = "clerk2",
        ["Crm:Inquiries:Teams:0:Members:2"] = "clerk3",
        ["Crm:Inquiries:Teams:0:Assignment"] = "RoundRobin",
        ["Crm:Inquiries:Teams:1:Code"] = "finance",
        ["Crm:Inquiries:Teams:1:Name"] = "Accounts receivable",
        ["Crm:Inquiries:Teams:1:Manager"] = "cfo",
        ["Crm:Inquiries:Teams:1:Members:0"] = "finance",
        ["Crm:Inquiries:Teams:1:Members:1"] = "finance2",
        ["Crm:Inquiries:Teams:1:Assignment"] = "LeastOpenLoad",
        ["Crm:Inquiries:Routing:0:Category"] = "invoice-dispute",
        ["Crm:Inquiries:Routing:0:Team"] = "finance",
        ["Crm:Inquiries:Routing:1:Category"] = "complaint",
        ["Crm:Inquiries:Routing:1:ToAccountOwner"] = "true",
        ["Crm:Inquiries:DefaultTeam"] = "service",
        ["Crm:Inquiries:WorkingCalendar:TimeZone"] = "Europe/Berlin",
        ["Crm:Inquiries:WorkingCalendar:Hours:0"] = "08:00-12:00",
        ["Crm:Inquiries:WorkingCalendar:Hours:1"] = "13:00-17:00",
        ["Crm:Inquiries:WorkingCalendar:Holidays:0"] = "2026-12-24",
        ["Crm:Inquiries:WorkingCalendar:Holidays:1"] = "2026-12-25",
        ["Crm:Inquiries:WorkingCalendar:Holidays:2"] = "2026-12-31",
    };
}
