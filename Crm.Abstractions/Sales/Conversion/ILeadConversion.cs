namespace Crm.Abstractions.Sales;

/// <summary>
/// From a qualified lead to an opportunity, and from a prospect to an ERP customer. The add-on never
/// inserts into ERP tables: the customer is created by the host's
/// <see cref="Erp.IErpCustomerProvisioning"/>, or by the ERP's staff, and then linked.
/// </summary>
public interface ILeadConversion
{
    /// <summary>
    /// Converts a <see cref="LeadStatus.Qualified"/> lead at the version read, in one transaction:
    /// the prospect (if no account is named), the opportunity, and the lead marked converted. Then,
    /// when asked, the host creates the ERP customer and the prospect is linked to it.
    /// </summary>
    /// <exception cref="Common.CrmValidationException">A field is invalid, or the lead is not qualified (field <c>status</c>).</exception>
    /// <exception cref="Common.CrmPermissionException">The user may not work the lead, or not give the opportunity to the owner named.</exception>
    /// <exception cref="Common.CrmConflictException">The lead changed since <paramref name="version"/>.</exception>
    Task<LeadConversion> ConvertAsync(long leadId, int version, ConvertLead request, CancellationToken cancellationToken = default);

    /// <summary>One prospect.</summary>
    /// <exception cref="Common.CrmNotFoundException">No such prospect.</exception>
    Task<Prospect> GetProspectAsync(long prospectId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Asks the host to create the prospect's ERP customer and links the prospect when it exists.
    /// A pending request (awaiting approval in the ERP) is recorded; link it later.
    /// </summary>
    /// <exception cref="Common.CrmValidationException">The prospect is linked already, the host offers no customer creation, or the ERP refuses a field.</exception>
    Task<Prospect> RequestErpCustomerAsync(long prospectId, int version, CancellationToken cancellationToken = default);

    /// <summary>
    /// Links the prospect to the ERP customer <paramref name="accountKey"/>: the prospect, its
    /// opportunities and its lead get the account, each opportunity's version moves on.
    /// </summary>
    /// <exception cref="Common.CrmNotFoundException">The ERP customer does not exist.</exception>
    /// <exception cref="Common.CrmConflictException">The prospect changed since <paramref name="version"/>.</exception>
    Task<Prospect> LinkProspectAsync(long prospectId, string accountKey, int version, CancellationToken cancellationToken = default);
}
