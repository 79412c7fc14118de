using Crm.Scale.Erp;
using Crm.Scale.Loading;

namespace Crm.Scale.Crm;

/// <summary>The add-on's tables (Crm.Module/Data/Migrations) the generator fills, parents before children.</summary>
internal static class CrmTables
{
    private static readonly TableShape Accounts = new("crm_accounts",
        [("account_key", ColumnKind.Text), ("owner_user_name", ColumnKind.Text), ("version", ColumnKind.Int32), ("updated_at", ColumnKind.Timestamp), ("updated_by", ColumnKind.Text)]);

    private static readonly TableShape Leads = new("crm_leads",
    [
        ("id", ColumnKind.Int64), ("company", ColumnKind.Text), ("contact_name", ColumnKind.Text), ("email", ColumnKind.Text), ("phone", ColumnKind.Text),
        ("country", ColumnKind.Text), ("postal_code", ColumnKind.Text), ("city", ColumnKind.Text), ("source", ColumnKind.Text), ("status", ColumnKind.Text),
        ("disqualified_reason", ColumnKind.Text), ("owner_user_name", ColumnKind.Text), ("notes", ColumnKind.Text), ("email_key", ColumnKind.Text),
        ("phone_key", ColumnKind.Text), ("company_key", ColumnKind.Text), ("account_key", ColumnKind.Text), ("merged_into_id", ColumnKind.Int64),
        ("converted_opportunity_id", ColumnKind.Int64), ("converted_at", ColumnKind.Timestamp), ("created_at", ColumnKind.Timestamp),
        ("created_by", ColumnKind.Text), ("updated_at", ColumnKind.Timestamp), ("updated_by", ColumnKind.Text), ("version", ColumnKind.Int32),
    ], "id");

    private static readonly TableShape LeadHistory = new("crm_lead_history",
        [("id", ColumnKind.Int64), ("lead_id", ColumnKind.Int64), ("at", ColumnKind.Timestamp), ("by_user", ColumnKind.Text), ("kind", ColumnKind.Text), ("text", ColumnKind.Text)], "id");

    private static readonly TableShape Opportunities = new("crm_opportunities",
    [
        ("id", ColumnKind.Int64), ("number", ColumnKind.Text), ("name", ColumnKind.Text), ("account_key", ColumnKind.Text), ("prospect_id", ColumnKind.Int64),
        ("lead_id", ColumnKind.Int64), ("pipeline", ColumnKind.Text), ("stage", ColumnKind.Text), ("probability", ColumnKind.Int32), ("amount", ColumnKind.Decimal),
        ("currency", ColumnKind.Text), ("expected_close_date", ColumnKind.Date), ("reference", ColumnKind.Text), ("owner", ColumnKind.Text), ("status", ColumnKind.Text),
        ("lost_reason", ColumnKind.Text), ("lost_note", ColumnKind.Text), ("won_at", ColumnKind.Timestamp), ("lost_at", ColumnKind.Timestamp),
        ("matched_order_key", ColumnKind.Text), ("matched_at", ColumnKind.Timestamp), ("match_method", ColumnKind.Text), ("created_at", ColumnKind.Timestamp),
        ("created_by", ColumnKind.Text), ("updated_at", ColumnKind.Timestamp), ("updated_by", ColumnKind.Text), ("version", ColumnKind.Int32),
    ], "id");

    private static readonly TableShape OpportunityStages = new("crm_opportunity_stages",
    [
        ("id", ColumnKind.Int64), ("opportunity_id", ColumnKind.Int64), ("stage", ColumnKind.Text), ("probability", ColumnKind.Int32),
        ("entered_at", ColumnKind.Timestamp), ("left_at", ColumnKind.Timestamp), ("by_user", ColumnKind.Text),
    ], "id");

    private static readonly TableShape Inquiries = new("crm_inquiries",
    [
        ("id", ColumnKind.Int64), ("number", ColumnKind.Text), ("account_key", ColumnKind.Text), ("subject", ColumnKind.Text), ("body", ColumnKind.Text),
        ("channel", ColumnKind.Text), ("contact_name", ColumnKind.Text), ("order_key", ColumnKind.Text), ("invoice_key", ColumnKind.Text),
        ("category", ColumnKind.Text), ("priority", ColumnKind.Text), ("status", ColumnKind.Text), ("team", ColumnKind.Text), ("assignee", ColumnKind.Text),
        ("due_date", ColumnKind.Date), ("fr_target_seconds", ColumnKind.Int64), ("fr_due_at", ColumnKind.Timestamp), ("fr_at_risk_at", ColumnKind.Timestamp),
        ("fr_paused_at", ColumnKind.Timestamp), ("fr_met_at", ColumnKind.Timestamp), ("res_target_seconds", ColumnKind.Int64), ("res_due_at", ColumnKind.Timestamp),
        ("res_at_risk_at", ColumnKind.Timestamp), ("res_paused_at", ColumnKind.Timestamp), ("res_met_at", ColumnKind.Timestamp), ("resolution_note", ColumnKind.Text),
        ("created_at", ColumnKind.Timestamp), ("created_by", ColumnKind.Text), ("updated_at", ColumnKind.Timestamp), ("updated_by", ColumnKind.Text),
        ("version", ColumnKind.Int32),
    ], "id");

    private static readonly TableShape InquiryTimeline = new("crm_inquiry_timeline",
    [
        ("id", ColumnKind.Int64), ("inquiry_id", ColumnKind.Int64), ("at", ColumnKind.Timestamp), ("by_user", ColumnKind.Text), ("kind", ColumnKind.Text),
        ("from_status", ColumnKind.Text), ("to_status", ColumnKind.Text), ("team", ColumnKind.Text), ("assignee", ColumnKind.Text), ("text", ColumnKind.Text),
    ], "id");

    private static readonly TableShape Activities = new("crm_activities",
    [
        ("id", ColumnKind.Int64), ("type", ColumnKind.Text), ("subject", ColumnKind.Text), ("notes", ColumnKind.Text), ("account_key", ColumnKind.Text),
        ("inquiry_number", ColumnKind.Text), ("lead_id", ColumnKind.Int64), ("opportunity_id", ColumnKind.Int64), ("due_at", ColumnKind.Timestamp),
        ("duration_minutes", ColumnKind.Int32), ("reminder_at", ColumnKind.Timestamp), ("assignee", ColumnKind.Text), ("status", ColumnKind.Text),
        ("outcome", ColumnKind.Text), ("previous_id", ColumnKind.Int64), ("created_at", ColumnKind.Timestamp), ("created_by", ColumnKind.Text),
        ("completed_at", ColumnKind.Timestamp), ("updated_at", ColumnKind.Timestamp), ("updated_by", ColumnKind.Text), ("version", ColumnKind.Int32),
    ], "id");

    private static readonly TableShape Sequences = new("crm_sequences", [("name", ColumnKind.Text), ("value", ColumnKind.Int64)]);

    /// <summary>
    /// The loads in order. The CRM's references into the ERP data (<paramref name="facts"/>) are
    /// collected lazily, after the ERP tables are written, so the ERP tables start at once.
    /// </summary>
    public static IReadOnlyList<TableLoad> Loads(ScaleSettings settings, ScaleCustomers customers, Lazy<ErpFacts> facts)
    {
        var counts = settings.Counts;
        var now = CrmClock.Now(settings);
        var accounts = new CrmAccounts(settings, customers);
        var owned = accounts.Owned.Count();
        var leads = new CrmLeads(settings, customers);
        var opportunities = new CrmOpportunities(settings, customers, accounts);
        var inquiries = new Lazy<CrmInquiries>(() => new CrmInquiries(settings, customers, accounts, facts.Value));
        var activities = new Lazy<CrmActivities>(() => new CrmActivities(
            settings,
            customers,
            accounts,
            [.. inquiries.Value.Enumerate().Select(inquiry => (inquiry.Number, inquiry.CustomerIndex))],
            [.. opportunities.Enumerate().Select(opportunity => (opportunity.Id, opportunity.CustomerIndex, opportunity.Owner))]));
        return
        [
            new(Accounts, owned, () => accounts.Owned.Select(index => new object?[] { customers.All[index].Row.CustomerNo, accounts.OwnerOf(index), 1, now.AddDays(-30), CrmUsers.Manager })),
            new(Leads, counts.Leads, () => leads.Enumerate().Select(lead => lead.Row)),
            new(LeadHistory, counts.Leads * 165L / 100, () => leads.Enumerate().SelectMany(lead => lead.History)),
            new(Opportunities, counts.Opportunities, () => opportunities.Enumerate().Select(opportunity => opportunity.Row)),
            new(OpportunityStages, counts.Opportunities * 2L, () => opportunities.Enumerate().SelectMany(opportunity => opportunity.Stages)),
            new(Inquiries, counts.Inquiries, () => inquiries.Value.Enumerate().Select(inquiry => inquiry.Row)),
            new(InquiryTimeline, counts.Inquiries * 3L, () => inquiries.Value.Enumerate().SelectMany(inquiry => inquiry.Timeline)),
            new(Activities, counts.Activities, () => activities.Value.Enumerate()),
            new(Sequences, 4, () => inquiries.Value.Numbers.SequenceRows().Concat(opportunities.Numbers.SequenceRows())),
        ];
    }
}
