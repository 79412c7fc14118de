namespace Crm.Module.Activities;

/// <summary>What an activity is about: an ERP account, and possibly an inquiry, a lead or an opportunity.</summary>
internal readonly record struct ActivityRegarding(string? AccountKey, string? InquiryNumber = null, long? LeadId = null, long? OpportunityId = null)
{
    public static ActivityRegarding Of(Crm.Abstractions.Activities.Activity activity) =>
        new(activity?.AccountKey, activity?.InquiryNumber, activity?.LeadId, activity?.OpportunityId);

    /// <summary>An activity must regard something someone can find it by.</summary>
    public bool IsEmpty => AccountKey is null && LeadId is null && OpportunityId is null;

    /// <summary>For notifications: the account, lead or opportunity, in that order.</summary>
    public string Describe() =>
        OpportunityId is { } opportunity ? $"Opportunity {opportunity}" + (AccountKey is null ? string.Empty : $", account {AccountKey}")
        : LeadId is { } lead ? $"Lead {lead}"
        : $"Account {AccountKey}";
}
