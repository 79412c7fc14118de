namespace Crm.Module.Inquiries.Routing;

/// <summary>
/// One routing rule, <c>Crm:Inquiries:Routing:N</c>; the first rule that applies wins. A rule applies
/// to its category (or to every category when none is given); it sends the inquiry to the account's
/// owner (when the account has one) or to a team.
/// </summary>
public sealed class InquiryRoutingRuleOptions
{
    /// <summary>Category code the rule is for; empty for every category.</summary>
    public string? Category { get; set; }

    /// <summary>Assign to the account's owner (skipped when the account has none).</summary>
    public bool ToAccountOwner { get; set; }

    /// <summary>The team whose queue receives the inquiry.</summary>
    public string? Team { get; set; }
}
