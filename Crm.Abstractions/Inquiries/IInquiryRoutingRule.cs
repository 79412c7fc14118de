namespace Crm.Abstractions.Inquiries;

/// <summary>
/// Decides which team (and, if it wants, which member) receives a new inquiry, e.g. a recall for a
/// vehicle sold by another branch goes to that branch's service team. Register as many as you like
/// in your plugin's Autofac module (<c>builder.RegisterType&lt;RecallRouting&gt;().As&lt;IInquiryRoutingRule&gt;();</c>).
/// </summary>
/// <remarks>
/// <para>
/// The order of decisions: the routing rules configured in <c>Crm:Inquiries:Routing</c> first (an
/// administrator's word wins), then the plugins' rules in the order they were registered (the
/// first that answers wins), then the category's <see cref="InquiryCategory.Team"/>, then the
/// default team. A rule answers <c>null</c> to pass.
/// </para>
/// <para>
/// The team must be one of the configured teams (<c>Crm:Inquiries:Teams</c>) and the assignee, if
/// given, one of its members; otherwise the answer is ignored and logged. Without an assignee, the
/// team's own assignment (round robin or least open load) picks one. Rules run before the inquiry's
/// transaction, as the clerk's user; one that throws is logged, skipped and counted against its
/// plugin like a failing event handler.
/// </para>
/// </remarks>
public interface IInquiryRoutingRule
{
    /// <summary>Stable code, your plugin's prefix and a name, e.g. <c>auto.recall-branch</c>; named in logs.</summary>
    string Code { get; }

    /// <summary>Where the inquiry should go, or <c>null</c> when this rule has no opinion.</summary>
    /// <param name="request">The inquiry about to be logged.</param>
    /// <param name="cancellationToken">Cancelled when the caller gives up.</param>
    /// <returns>The route, or null to pass.</returns>
    ValueTask<InquiryRoute?> RouteAsync(InquiryRoutingRequest request, CancellationToken cancellationToken);
}

/// <summary>What a routing rule knows about the inquiry about to be logged.</summary>
/// <param name="AccountKey">The ERP customer.</param>
/// <param name="Category">The category's code.</param>
/// <param name="Priority">The priority (chosen or the category's default).</param>
/// <param name="Channel">How the customer got in touch.</param>
/// <param name="AccountOwner">The account's owner in the CRM, if any.</param>
/// <param name="OrderKey">The linked ERP order, if any.</param>
/// <param name="InvoiceKey">The linked ERP invoice, if any.</param>
/// <param name="CustomFields">The custom field values given with the inquiry (invariant text, by code).</param>
public sealed record InquiryRoutingRequest(
    string AccountKey,
    string Category,
    InquiryPriority Priority,
    InquiryChannel Channel,
    string? AccountOwner,
    string? OrderKey,
    string? InvoiceKey,
    IReadOnlyDictionary<string, string> CustomFields);

/// <summary>A routing rule's answer.</summary>
/// <param name="Team">The code of a configured team.</param>
/// <param name="Assignee">A member of that team, or null to let the team's assignment choose.</param>
public sealed record InquiryRoute(string Team, string? Assignee = null);
