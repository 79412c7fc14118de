namespace Crm.Abstractions.Security;

/// <summary>The roles the add-on knows. The host maps its own users and groups onto them.</summary>
public static class CrmRoles
{
    /// <summary>Logs and works customer inquiries.</summary>
    public const string OrderClerk = "OrderClerk";

    /// <summary>Works own leads, opportunities and accounts.</summary>
    public const string SalesRep = "SalesRep";

    /// <summary>Works the team's leads and opportunities; sees invoices and forecasts.</summary>
    public const string SalesManager = "SalesManager";

    /// <summary>Reads invoices, balances and forecasts.</summary>
    public const string Finance = "Finance";

    /// <summary>Everything, including configuration.</summary>
    public const string Admin = "Admin";

    /// <summary>All roles, in the order above.</summary>
    public static IReadOnlyList<string> All { get; } = [OrderClerk, SalesRep, SalesManager, Finance, Admin];
}
