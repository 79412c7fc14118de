namespace Crm.Abstractions.Inquiries;

/// <summary>A kind of inquiry. Built-in ones come with the add-on; plugins add theirs through <see cref="IInquiryCategorySource"/>.</summary>
/// <param name="Code">Stable code, lower-case with dashes, e.g. <c>invoice-dispute</c>.</param>
/// <param name="Name">Name for people.</param>
/// <param name="DefaultPriority">Priority when the clerk does not choose one.</param>
/// <param name="Team">Team whose queue receives it, unless a routing rule says otherwise.</param>
public sealed record InquiryCategory(string Code, string Name, InquiryPriority DefaultPriority = InquiryPriority.Normal, string? Team = null);

/// <summary>Adds inquiry categories (register as many as you like in your plugin's Autofac module).</summary>
public interface IInquiryCategorySource
{
    /// <summary>The categories this source adds. Codes must be unique across all sources.</summary>
    IEnumerable<InquiryCategory> Categories { get; }
}
