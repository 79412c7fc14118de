using Crm.Abstractions.Common;

namespace Crm.Abstractions.Sales;

/// <summary>A page of the leads the user may see, newest first. Merged leads are never listed.</summary>
/// <param name="Page">Which page.</param>
/// <param name="Status">Only leads with this status.</param>
/// <param name="Owner">Only leads of this owner.</param>
/// <param name="Unowned">Only leads nobody owns (managers hand them out).</param>
/// <param name="Search">Text in company, contact name, e-mail or city.</param>
public sealed record LeadQuery(PageRequest Page, LeadStatus? Status = null, string? Owner = null, bool Unowned = false, string? Search = null);
