namespace Host.Sample.Tests.Security;

/// <summary>A route as the host maps it: HTTP method and route pattern.</summary>
internal sealed record RouteKey(string Method, string Pattern);

/// <summary>One route's expected outcome per role, in the order of <see cref="PermissionTable.Roles"/>.</summary>
internal sealed record PermissionRow(RouteKey Route, IReadOnlyList<Outcome> Expected);

/// <summary>
/// Who may call which API route of Host.Sample with the CRM add-on: one row per route the host maps,
/// one column per demo user (README, "Sign in and call the API") and one for no sign-in.
/// </summary>
/// <remarks>
/// The walk's records (<see cref="SeededRecords"/>): routes with an id use rep's lead, rep's opportunity
/// and an activity assigned to rep, so the rep2 column shows the record rules (someone else's record
/// is a 403) and the manager column the team's. Writes carry a stale version: "allowed" there is a
/// 409, and nothing changes. <c>A</c> allowed (2xx, or 400/404/409 about the request), <c>F</c>
/// forbidden (403), <c>U</c> not signed in (401).
/// </remarks>
internal static class PermissionTable
{
    public const string Anonymous = "anonymous";

    private const Outcome A = Outcome.Allowed;
    private const Outcome F = Outcome.Forbidden;
    private const Outcome U = Outcome.Unauthenticated;

    public static IReadOnlyList<string> Roles { get; } = [Anonymous, "clerk", "rep", "rep2", "manager", "finance", "admin"];

    public static IReadOnlyList<PermissionRow> Rows { get; } =
    [
        //                                                               anon clerk rep rep2 mgr fin admin
        // Accounts: every CRM role reads master data, orders and the timeline; invoices are for
        // Finance, SalesManager, Admin; owners are set by SalesManager or Admin.
        Row("GET", "/api/crm/accounts",                                    U, A, A, A, A, A, A),
        Row("GET", "/api/crm/accounts/{key}",                              U, A, A, A, A, A, A),
        Row("GET", "/api/crm/accounts/{key}/overview",                     U, A, A, A, A, A, A),
        Row("GET", "/api/crm/accounts/{key}/orders",                       U, A, A, A, A, A, A),
        Row("GET", "/api/crm/accounts/{key}/invoices",                     U, F, F, F, A, A, A),
        Row("GET", "/api/crm/accounts/{key}/timeline",                     U, A, A, A, A, A, A),
        Row("GET", "/api/crm/accounts/{key}/owner",                        U, A, A, A, A, A, A),
        Row("PUT", "/api/crm/accounts/{key}/owner",                        U, F, F, F, A, F, A),
        Row("POST", "/api/crm/accounts/owners/assign-by-rules",            U, F, F, F, A, F, A),

        // Account history and segments: sales and finance, not the order clerk; recompute is Admin's.
        Row("GET", "/api/crm/accounts/{key}/history",                      U, F, A, A, A, A, A),
        Row("GET", "/api/crm/accounts/reorder-due",                        U, F, A, A, A, A, A),
        Row("GET", "/api/crm/accounts/{key}/segment",                      U, F, A, A, A, A, A),
        Row("GET", "/api/crm/segments",                                    U, F, A, A, A, A, A),
        Row("GET", "/api/crm/segments/accounts",                           U, F, A, A, A, A, A),
        Row("POST", "/api/crm/segments/recompute",                         U, F, F, F, F, F, A),

        // Activities: anyone plans and reads; editing, completing, reassigning and cancelling is for
        // the assignee (rep), a SalesManager or an Admin.
        Row("POST", "/api/crm/activities",                                 U, A, A, A, A, A, A),
        Row("GET", "/api/crm/activities/mine",                             U, A, A, A, A, A, A),
        Row("GET", "/api/crm/activities/types",                            U, A, A, A, A, A, A),
        Row("GET", "/api/crm/activities/{id:long}",                        U, A, A, A, A, A, A),
        Row("PATCH", "/api/crm/activities/{id:long}",                      U, F, A, F, A, F, A),
        Row("POST", "/api/crm/activities/{id:long}/assignment",            U, F, A, F, A, F, A),
        Row("POST", "/api/crm/activities/{id:long}/cancel",                U, F, A, F, A, F, A),
        Row("POST", "/api/crm/activities/{id:long}/complete",              U, F, A, F, A, F, A),

        // Audit log (issue 8): read-only. The walk asks for rep's own entries (?user=rep): rep and the
        // Admin only; a record's entries follow the record's rules (AuditApiTests). Verify is the Admin's.
        Row("GET", "/api/crm/audit",                                       U, F, A, F, F, F, A),
        Row("GET", "/api/crm/audit/verify",                                U, F, F, F, F, F, A),

        // Custom fields: the definitions for everyone; a record's values as its own rules (rep's lead).
        Row("GET", "/api/crm/custom-fields",                               U, A, A, A, A, A, A),
        Row("GET", "/api/crm/custom-fields/{entity}/{key}",                U, F, A, F, A, F, A),
        Row("PUT", "/api/crm/custom-fields/{entity}/{key}",                U, F, A, F, A, F, A),

        // Follow-up rules: everyone sees them; runs are the managers', running one by hand the Admin's.
        Row("GET", "/api/crm/follow-ups/rules",                            U, A, A, A, A, A, A),
        Row("POST", "/api/crm/follow-ups/rules/{code}/run",                U, F, F, F, F, F, A),
        Row("GET", "/api/crm/follow-ups/runs",                             U, F, F, F, A, F, A),

        // Forecast: Finance and Admin everyone's, a manager the team's, a rep their own; targets are
        // set by the team's manager or an Admin.
        Row("GET", "/api/crm/forecast",                                    U, F, A, A, A, A, A),
        Row("GET", "/api/crm/forecast/targets",                            U, F, A, A, A, A, A),
        Row("PUT", "/api/crm/forecast/targets",                            U, F, F, F, A, F, A),

        // Inquiries: every CRM role logs and works them.
        Row("GET", "/api/crm/inquiries",                                   U, A, A, A, A, A, A),
        Row("POST", "/api/crm/inquiries",                                  U, A, A, A, A, A, A),
        Row("GET", "/api/crm/inquiries/categories",                        U, A, A, A, A, A, A),
        Row("GET", "/api/crm/inquiries/{number}",                          U, A, A, A, A, A, A),
        Row("GET", "/api/crm/inquiries/{number}/timeline",                 U, A, A, A, A, A, A),
        Row("POST", "/api/crm/inquiries/{number}/assignment",              U, A, A, A, A, A, A),
        Row("POST", "/api/crm/inquiries/{number}/comments",                U, A, A, A, A, A, A),
        Row("POST", "/api/crm/inquiries/{number}/status",                  U, A, A, A, A, A, A),

        // Leads: sales only (not clerk, not finance); rep's lead is rep's, the manager's team's, the Admin's.
        // Merge takes rep2's lead into rep's: rep may not work rep2's, so only manager and Admin.
        Row("GET", "/api/crm/leads",                                       U, F, A, A, A, F, A),
        Row("POST", "/api/crm/leads",                                      U, F, A, A, A, F, A),
        Row("POST", "/api/crm/leads/duplicates",                           U, F, A, A, A, F, A),
        Row("POST", "/api/crm/leads/import",                               U, F, A, A, A, F, A),
        Row("GET", "/api/crm/leads/{id:long}",                             U, F, A, F, A, F, A),
        Row("GET", "/api/crm/leads/{id:long}/history",                     U, F, A, F, A, F, A),
        Row("PATCH", "/api/crm/leads/{id:long}",                           U, F, A, F, A, F, A),
        Row("PUT", "/api/crm/leads/{id:long}",                             U, F, A, F, A, F, A),
        Row("POST", "/api/crm/leads/{id:long}/status",                     U, F, A, F, A, F, A),
        Row("POST", "/api/crm/leads/{id:long}/owner",                      U, F, A, F, A, F, A),
        Row("POST", "/api/crm/leads/{id:long}/convert",                    U, F, A, F, A, F, A),
        Row("POST", "/api/crm/leads/{id:long}/merge",                      U, F, F, F, A, F, A),

        // The company website's form takes no sign-in but its form key, which the walk does not send
        // (the sample host configures none): 401 for everyone, signed in or not.
        Row("POST", "/api/crm/leads/web-form",                             U, U, U, U, U, U, U),

        // Prospects: sales only; the walk's id does not exist, so the sales roles get a 404.
        Row("GET", "/api/crm/prospects/{id:long}",                         U, F, A, A, A, F, A),
        Row("POST", "/api/crm/prospects/{id:long}/erp-customer",           U, F, A, A, A, F, A),
        Row("POST", "/api/crm/prospects/{id:long}/link",                   U, F, A, A, A, F, A),

        // Opportunities: as leads. The bulk loss reports someone else's opportunity in its 409
        // ("not in your book") and writes nothing, so rep2's answer there is a 409, not a 403
        // (RecordRuleTests checks that it stays open).
        Row("GET", "/api/crm/opportunities",                               U, F, A, A, A, F, A),
        Row("POST", "/api/crm/opportunities",                              U, F, A, A, A, F, A),
        Row("POST", "/api/crm/opportunities/lost",                         U, F, A, A, A, F, A),
        Row("GET", "/api/crm/opportunities/{id:long}",                     U, F, A, F, A, F, A),
        Row("GET", "/api/crm/opportunities/{id:long}/history",             U, F, A, F, A, F, A),
        Row("PATCH", "/api/crm/opportunities/{id:long}",                   U, F, A, F, A, F, A),
        Row("POST", "/api/crm/opportunities/{id:long}/stage",              U, F, A, F, A, F, A),
        Row("POST", "/api/crm/opportunities/{id:long}/won",                U, F, A, F, A, F, A),
        Row("POST", "/api/crm/opportunities/{id:long}/lost",               U, F, A, F, A, F, A),
        Row("POST", "/api/crm/opportunities/{id:long}/reopen",             U, F, A, F, A, F, A),

        // Pipelines: their definitions for everyone; the board (amounts, cards) for sales.
        Row("GET", "/api/crm/pipelines",                                   U, A, A, A, A, A, A),
        Row("GET", "/api/crm/pipelines/lost-reasons",                      U, A, A, A, A, A, A),
        Row("GET", "/api/crm/pipelines/{code}/stages",                     U, A, A, A, A, A, A),
        Row("GET", "/api/crm/pipelines/{code}/board",                      U, F, A, A, A, F, A),

        // Screens and labels: each role gets its own list. The walk opens a screen the Admin may open
        // and the clerk may not (today a pipeline board: sales roles only). Plugins and jobs are the Admin's.
        Row("GET", "/api/crm/screens",                                     U, A, A, A, A, A, A),
        Row("GET", "/api/crm/screens/labels",                              U, A, A, A, A, A, A),
        Row("GET", "/api/crm/screens/{id}",                                U, F, A, A, A, F, A),
        Row("GET", "/api/crm/plugins",                                     U, F, F, F, F, F, A),
        Row("GET", "/api/crm/jobs",                                        U, F, F, F, F, F, A),

        // Privacy (issue 8): the data protection officer's export and erasure of personal data, Admin
        // only. The walk's erasures carry no confirmation (a 400 for the Admin), so nothing is erased.
        Row("GET", "/api/crm/privacy/leads/{id:long}/export",              U, F, F, F, F, F, A),
        Row("GET", "/api/crm/privacy/contacts/export",                     U, F, F, F, F, F, A),
        Row("POST", "/api/crm/privacy/leads/{id:long}/erase",              U, F, F, F, F, F, A),
        Row("POST", "/api/crm/privacy/contacts/erase",                     U, F, F, F, F, F, A),

        // ERP indexes (issue 9, performance): the indexes the add-on needs on the ERP's tables, listed
        // and created on request by the Admin only (the walk's POST really creates them on its database).
        Row("GET", "/api/crm/erp/indexes",                                 U, F, F, F, F, F, A),
        Row("POST", "/api/crm/erp/indexes",                                U, F, F, F, F, F, A),

        // The sample ERP's own API: its invoices are for Finance, Admin and order clerks (the ERP's
        // rule, not the add-on's: sales managers read invoices through /api/crm only).
        Row("GET", "/api/erp/customers",                                   U, A, A, A, A, A, A),
        Row("GET", "/api/erp/customers/{key}",                             U, A, A, A, A, A, A),
        Row("GET", "/api/erp/orders",                                      U, A, A, A, A, A, A),
        Row("GET", "/api/erp/invoices",                                    U, A, F, F, F, A, A),
    ];

    private static PermissionRow Row(string method, string pattern, params Outcome[] expected)
    {
        if (expected.Length != Roles.Count)
        {
            throw new ArgumentException($"{method} {pattern}: {expected.Length} outcomes for {Roles.Count} roles.", nameof(expected));
        }

        return new PermissionRow(new RouteKey(method, pattern), expected);
    }
}
