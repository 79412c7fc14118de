using System.Text.Json.Serialization;
using Crm.Abstractions.Common;

namespace Crm.Abstractions.Accounts;

/// <summary>What a line of the account timeline is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AccountTimelineKind>))]
public enum AccountTimelineKind
{
    /// <summary>A CRM activity (at its completion, else its due time, else when it was planned).</summary>
    Activity,

    /// <summary>A CRM inquiry (when it was logged).</summary>
    Inquiry,

    /// <summary>An ERP order (its order date).</summary>
    Order,

    /// <summary>An ERP invoice (its invoice date); only for users who may see invoices.</summary>
    Invoice,
}

/// <summary>One line of an account's timeline.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="At">When it happened; ERP dates are midnight UTC.</param>
/// <param name="Key">The item's key: activity id, inquiry number, ERP order or invoice key.</param>
/// <param name="Title">Activity or inquiry subject, order or invoice number.</param>
/// <param name="Status">The item's status, where it has one.</param>
/// <param name="Amount">Order or invoice total.</param>
/// <param name="Currency">Currency of <paramref name="Amount"/>.</param>
public sealed record AccountTimelineEntry(AccountTimelineKind Kind, DateTimeOffset At, string Key, string Title, string? Status, decimal? Amount, string? Currency);

/// <summary>One chronological stream per account of CRM activities and inquiries and ERP orders and invoices.</summary>
public interface IAccountTimeline
{
    /// <summary>
    /// A page of the account's timeline, newest first, of the given kinds (all when empty). Read with
    /// one statement for the page and one for the count, never one per item.
    /// </summary>
    /// <exception cref="CrmNotFoundException">No ERP customer has <paramref name="accountKey"/>.</exception>
    Task<Page<AccountTimelineEntry>> GetAsync(string accountKey, IReadOnlyCollection<AccountTimelineKind> kinds, PageRequest page, CancellationToken cancellationToken = default);
}
