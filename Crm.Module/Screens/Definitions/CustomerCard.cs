namespace Crm.Module.Screens.Definitions;

/// <summary>The host's customer card, which the add-on extends and links to by account key; the host defines it.</summary>
internal static class CustomerCard
{
    public const string Id = "erp.customer-card";
}
