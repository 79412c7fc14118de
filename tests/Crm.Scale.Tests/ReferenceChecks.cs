namespace Crm.Scale.Tests;

/// <summary>
/// Queries that count rows breaking a rule the add-on relies on; every one must count zero. Plain
/// SQL that SQLite and PostgreSQL both run.
/// </summary>
internal static class ReferenceChecks
{
    public static IReadOnlyList<(string Rule, string Sql)> All { get; } =
    [
        ("every order's customer exists", "SELECT COUNT(*) FROM erp_orders o WHERE NOT EXISTS (SELECT 1 FROM erp_customers c WHERE c.customer_no = o.customer_no)"),
        ("every order has lines", "SELECT COUNT(*) FROM erp_orders o WHERE NOT EXISTS (SELECT 1 FROM erp_order_lines l WHERE l.order_no = o.order_no)"),
        ("every line's order exists", "SELECT COUNT(*) FROM erp_order_lines l WHERE NOT EXISTS (SELECT 1 FROM erp_orders o WHERE o.order_no = l.order_no)"),
        ("every line's product exists", "SELECT COUNT(*) FROM erp_order_lines l WHERE NOT EXISTS (SELECT 1 FROM erp_products p WHERE p.product_no = l.product_no)"),
        ("an order's currency is its customer's", "SELECT COUNT(*) FROM erp_orders o JOIN erp_customers c ON c.customer_no = o.customer_no WHERE o.currency <> c.currency"),
        ("an order invoice bills the order's customer", "SELECT COUNT(*) FROM erp_invoices i JOIN erp_orders o ON o.order_no = i.order_no WHERE o.customer_no <> i.customer_no"),
        ("an order invoice totals the order's lines", "SELECT COUNT(*) FROM erp_invoices i WHERE i.order_no IS NOT NULL AND ABS(i.total_amount - (SELECT SUM(l.line_total) FROM erp_order_lines l WHERE l.order_no = i.order_no)) > 0.005"),
        ("only shipped orders are invoiced", "SELECT COUNT(*) FROM erp_invoices i JOIN erp_orders o ON o.order_no = i.order_no WHERE o.status <> 'Shipped'"),
        ("no order is invoiced twice", "SELECT COUNT(*) FROM (SELECT order_no FROM erp_invoices WHERE order_no IS NOT NULL GROUP BY order_no HAVING COUNT(*) > 1) twice"),
        ("paid never exceeds the total", "SELECT COUNT(*) FROM erp_invoices WHERE paid_amount > total_amount"),
        ("a paid invoice has its payment day", "SELECT COUNT(*) FROM erp_invoices WHERE (paid_amount > 0) <> (paid_on IS NOT NULL)"),
        ("every owned account is an ERP customer", "SELECT COUNT(*) FROM crm_accounts a WHERE NOT EXISTS (SELECT 1 FROM erp_customers c WHERE c.customer_no = a.account_key)"),
        ("every opportunity's account is an owned ERP customer", "SELECT COUNT(*) FROM crm_opportunities o WHERE NOT EXISTS (SELECT 1 FROM crm_accounts a WHERE a.account_key = o.account_key AND a.owner_user_name IS NOT NULL)"),
        ("every opportunity has its stage visits", "SELECT COUNT(*) FROM crm_opportunities o WHERE NOT EXISTS (SELECT 1 FROM crm_opportunity_stages s WHERE s.opportunity_id = o.id)"),
        ("an open opportunity has one open stage visit, a closed one none", "SELECT COUNT(*) FROM crm_opportunities o WHERE (SELECT COUNT(*) FROM crm_opportunity_stages s WHERE s.opportunity_id = o.id AND s.left_at IS NULL) <> CASE WHEN o.status = 'Open' THEN 1 ELSE 0 END"),
        ("won and lost carry their columns", "SELECT COUNT(*) FROM crm_opportunities WHERE (status = 'Won' AND (won_at IS NULL OR probability <> 100)) OR (status = 'Lost' AND (lost_at IS NULL OR lost_reason IS NULL OR probability <> 0)) OR (status = 'Open' AND (won_at IS NOT NULL OR lost_at IS NOT NULL))"),
        ("every inquiry's account is an ERP customer", "SELECT COUNT(*) FROM crm_inquiries i WHERE NOT EXISTS (SELECT 1 FROM erp_customers c WHERE c.customer_no = i.account_key)"),
        ("an inquiry's order belongs to its account", "SELECT COUNT(*) FROM crm_inquiries i WHERE i.order_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM erp_orders o WHERE CAST(o.order_no AS VARCHAR(20)) = i.order_key AND o.customer_no = i.account_key)"),
        ("an inquiry's invoice belongs to its account", "SELECT COUNT(*) FROM crm_inquiries i WHERE i.invoice_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM erp_invoices v WHERE v.invoice_no = i.invoice_key AND v.customer_no = i.account_key)"),
        ("every inquiry has a timeline that ends in its status", "SELECT COUNT(*) FROM crm_inquiries i WHERE NOT EXISTS (SELECT 1 FROM crm_inquiry_timeline t WHERE t.inquiry_id = i.id AND t.to_status = i.status AND t.id = (SELECT MAX(u.id) FROM crm_inquiry_timeline u WHERE u.inquiry_id = i.id))"),
        ("a resolved inquiry has met its resolution target", "SELECT COUNT(*) FROM crm_inquiries WHERE status IN ('Resolved', 'Closed') AND (res_met_at IS NULL OR resolution_note IS NULL)"),
        ("an inquiry past New has met its first response", "SELECT COUNT(*) FROM crm_inquiries WHERE status <> 'New' AND fr_met_at IS NULL"),
        ("every activity's account is an ERP customer", "SELECT COUNT(*) FROM crm_activities a WHERE NOT EXISTS (SELECT 1 FROM erp_customers c WHERE c.customer_no = a.account_key)"),
        ("an activity's inquiry is of its account", "SELECT COUNT(*) FROM crm_activities a WHERE a.inquiry_number IS NOT NULL AND NOT EXISTS (SELECT 1 FROM crm_inquiries i WHERE i.number = a.inquiry_number AND i.account_key = a.account_key)"),
        ("an activity's opportunity is of its account", "SELECT COUNT(*) FROM crm_activities a WHERE a.opportunity_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM crm_opportunities o WHERE o.id = a.opportunity_id AND o.account_key = a.account_key)"),
        ("a done activity was completed", "SELECT COUNT(*) FROM crm_activities WHERE (status = 'Done') <> (completed_at IS NOT NULL)"),
        ("every lead has its history", "SELECT COUNT(*) FROM crm_leads l WHERE NOT EXISTS (SELECT 1 FROM crm_lead_history h WHERE h.lead_id = l.id)"),
        ("a lead's keys are filled where its fields are", "SELECT COUNT(*) FROM crm_leads WHERE (email IS NOT NULL AND email_key IS NULL) OR (company IS NOT NULL AND company_key IS NULL)"),
        ("the inquiry counters are past every inquiry number", "SELECT COUNT(*) FROM crm_inquiries i WHERE NOT EXISTS (SELECT 1 FROM crm_sequences s WHERE s.name = 'inquiry:' || SUBSTR(i.number, 5, 4) AND s.value >= CAST(SUBSTR(i.number, 10, 6) AS INTEGER))"),
        ("the opportunity counters are past every opportunity number", "SELECT COUNT(*) FROM crm_opportunities o WHERE NOT EXISTS (SELECT 1 FROM crm_sequences s WHERE s.name = 'opportunity:' || SUBSTR(o.number, 5, 4) AND s.value >= CAST(SUBSTR(o.number, 10, 6) AS INTEGER))"),
        ("nothing is created after now", "SELECT (SELECT COUNT(*) FROM crm_inquiries WHERE created_at > updated_at) + (SELECT COUNT(*) FROM crm_opportunities WHERE created_at > updated_at)"),
    ];
}
