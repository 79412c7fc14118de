namespace Crm.Testing.Hosting;

/// <summary>
/// Every write endpoint the add-on maps, with a request each accepts. Kept by hand so that each one
/// carries a meaningful body; a test in Crm.Module.Tests compares it with the routes the add-on
/// really maps, so a new write route cannot be left out of the hostile-input test.
/// </summary>
public static class CrmWriteRoutes
{
    private static readonly string[] LeadTables = ["crm_leads", "crm_custom_field_values", "crm_custom_field_records"];
    private static readonly string[] OpportunityTables = ["crm_opportunities", "crm_opportunity_stages", "crm_opportunity_close_dates", "crm_opportunity_order_matches", "crm_custom_field_values", "crm_custom_field_records"];
    private static readonly string[] ConversionTables = ["crm_leads", "crm_prospects", "crm_opportunities", "crm_opportunity_stages", "crm_opportunity_close_dates", "crm_accounts", "crm_custom_field_values", "crm_custom_field_records", "erp_customers"];
    private static readonly string[] InquiryTables = ["crm_inquiries", "crm_custom_field_values", "crm_custom_field_records"];
    private static readonly string[] ActivityTables = ["crm_activities", "crm_custom_field_values", "crm_custom_field_records", "erp_user_inbox"];
    private static readonly string[] PrivacyTables = ["crm_leads", "crm_prospects", "crm_inquiries", "crm_activities", "crm_custom_field_values", "crm_custom_field_records"];

    // Tables named erp_* belong to the host: a route lists one only where its success writes there on
    // purpose (a new ERP customer from a conversion, a notification in the user's inbox).
    public static IReadOnlyList<CrmWriteRoute> All { get; } =
    [
        new("POST", "/api/crm/leads", """{"company":"Fuzz Trading","contactName":"Ada Fuzz","email":"ada@fuzz.example","phone":"+49 30 1234","country":"DE","postalCode":"10115","city":"Berlin","source":"web","notes":"n","owner":"admin"}""", LeadTables),
        new("PUT", "/api/crm/leads/{lead}", """{"company":"Fuzz Trading","contactName":"Ada Fuzz","email":"ada@fuzz.example","country":"DE","city":"Berlin","version":1}""", LeadTables),
        new("PATCH", "/api/crm/leads/{lead}", """{"city":"Hamburg","notes":"patched","version":1}""", LeadTables),
        new("POST", "/api/crm/leads/{lead}/status", """{"status":"Disqualified","reason":"no budget","version":1}""", LeadTables),
        new("POST", "/api/crm/leads/{lead}/owner", """{"owner":"rep","version":1}""", LeadTables),
        new("POST", "/api/crm/leads/{lead}/merge", """{"mergedId":{otherLead},"mergedVersion":1,"version":1}""", [.. LeadTables, "crm_activities", "crm_opportunities"]),
        new("POST", "/api/crm/leads/duplicates", """{"company":"Fuzz Trading","email":"ada@fuzz.example","phone":"+49 30 1234","country":"DE"}""", []),
        new("POST", "/api/crm/leads/import?dryRun=true", "company;email;country\nFuzz Import;import@fuzz.example;DE\n", LeadTables) { ContentType = "text/csv" },
        new("POST", "/api/crm/leads/web-form", """{"company":"Web Fuzz","contactName":"Web","email":"web@fuzz.example","country":"DE","notes":"hi"}""", LeadTables),
        new("POST", "/api/crm/leads/{lead}/convert", """{"version":1,"opportunityName":"Fuzz deal","amount":1000.5,"expectedCloseDate":"2027-01-31","accountKey":"C10001","pipeline":"default","stage":"qualification","currency":"EUR","probability":20,"owner":"admin","reference":"R1","createErpCustomer":false}""", ConversionTables),
        new("POST", "/api/crm/prospects/{prospect}/erp-customer", """{"version":1}""", ConversionTables) { AlsoChanges = ["{prospectLead}"] },
        new("POST", "/api/crm/prospects/{prospect}/link", """{"accountKey":"C10001","version":1}""", ConversionTables) { AlsoChanges = ["{prospectLead}"] },
        new("POST", "/api/crm/opportunities", """{"name":"Fuzz deal","amount":12.5,"expectedCloseDate":"2027-01-31","accountKey":"C10001","pipeline":"default","stage":"qualification","currency":"EUR","probability":10,"owner":"admin","reference":"R2"}""", OpportunityTables),
        new("PATCH", "/api/crm/opportunities/{opportunity}", """{"version":1,"name":"Renamed","amount":"99.5","currency":"EUR","expectedCloseDate":"2027-02-28","probability":30,"owner":"admin","reference":"R3"}""", OpportunityTables),
        new("POST", "/api/crm/opportunities/{opportunity}/stage", """{"stage":"proposal","probability":40,"version":1}""", OpportunityTables),
        new("POST", "/api/crm/opportunities/{opportunity}/won", """{"version":1}""", OpportunityTables),
        new("POST", "/api/crm/opportunities/{opportunity}/lost", """{"reason":"price","note":"too dear","version":1}""", OpportunityTables),
        new("POST", "/api/crm/opportunities/{opportunity}/reopen", """{"stage":"proposal","version":1}""", OpportunityTables),
        new("POST", "/api/crm/opportunities/lost", """{"items":[{"id":{opportunity},"version":1}],"reason":"price","note":"bulk"}""", OpportunityTables),
        new("PUT", "/api/crm/forecast/targets", """{"owner":"rep","month":"2027-01","currency":"EUR","amount":5000,"version":0}""", ["crm_sales_targets"]),
        new("POST", "/api/crm/segments/recompute", string.Empty, ["crm_account_segments"]),
        new("POST", "/api/crm/inquiries", """{"accountKey":"C10001","subject":"Fuzz inquiry","text":"t","contactName":"c","orderKey":null,"invoiceKey":null,"category":null,"dueDate":"2027-01-15","channel":"Phone","allowDuplicate":true}""", InquiryTables),
        new("POST", "/api/crm/inquiries/{inquiry}/status", """{"status":"InProgress","note":"on it","version":1}""", InquiryTables),
        new("POST", "/api/crm/inquiries/{inquiry}/comments", """{"text":"a comment"}""", InquiryTables),
        new("POST", "/api/crm/inquiries/{inquiry}/assignment", """{"team":"service","assignee":"clerk","version":1}""", InquiryTables),
        new("POST", "/api/crm/activities", """{"type":"call","subject":"Fuzz call","accountKey":"C10001","assignee":"admin","dueAt":"2027-01-10T09:00:00+01:00","durationMinutes":30,"notes":"n"}""", ActivityTables),
        new("PATCH", "/api/crm/activities/{activity}", """{"subject":"Renamed","notes":"n2","dueAt":"2027-01-11T09:00:00Z","durationMinutes":15,"version":1}""", ActivityTables),
        new("POST", "/api/crm/activities/{activity}/complete", """{"outcome":"done","version":1}""", ActivityTables),
        new("POST", "/api/crm/activities/{activity}/assignment", """{"assignee":"rep","version":1}""", ActivityTables),
        new("POST", "/api/crm/activities/{activity}/cancel", """{"reason":"moved","version":1}""", ActivityTables),
        new("POST", "/api/crm/accounts/owners/assign-by-rules?dryRun=true", string.Empty, ["crm_accounts"]),
        new("PUT", "/api/crm/accounts/{account}/owner", """{"owner":"rep","version":0}""", ["crm_accounts"]),
        new("PUT", "/api/crm/custom-fields/leads/{lead}", """{"values":{"fields.note":"x"},"version":0}""", ["crm_custom_field_values", "crm_custom_field_records"]),
        new("POST", "/api/crm/follow-ups/rules/{rule}/run", string.Empty, ["crm_follow_ups", "crm_activities", "crm_inquiries", "crm_leads", "crm_opportunities", "erp_user_inbox"]),

        // ERP indexes (issue 9, performance): creates indexes, writes no row (of the ERP or the CRM).
        new("POST", "/api/crm/erp/indexes", string.Empty, []),

        // Privacy (issue 8): erasure of personal data; last, as it anonymizes the records it names.
        new("POST", "/api/crm/privacy/leads/{lead}/erase", """{"confirm":true}""", PrivacyTables),
        new("POST", "/api/crm/privacy/contacts/erase", """{"email":"two@seed.example","confirm":true}""", PrivacyTables),
    ];
}
