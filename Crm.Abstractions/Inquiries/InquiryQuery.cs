using System.Text.Json.Serialization;
using Crm.Abstractions.Common;

namespace Crm.Abstractions.Inquiries;

/// <summary>Which inquiries a list shows. Filters combine with AND; empty filters do not filter.</summary>
/// <param name="View">The clerk's or manager's view, see <see cref="InquiryView"/>.</param>
/// <param name="Page">Which page.</param>
/// <param name="AccountKey">Only this account's inquiries.</param>
/// <param name="OrderKey">Only inquiries about this ERP order.</param>
/// <param name="InvoiceKey">Only inquiries about this ERP invoice.</param>
/// <param name="Team">Only this team's queue.</param>
/// <param name="Status">Only this status.</param>
/// <param name="Search">Number, subject or text contains this (case-insensitive where the database allows).</param>
/// <param name="Sort">Order: <see cref="InquirySort"/>.</param>
public sealed record InquiryQuery(
    InquiryView View,
    PageRequest Page,
    string? AccountKey = null,
    string? OrderKey = null,
    string? InvoiceKey = null,
    string? Team = null,
    InquiryStatus? Status = null,
    string? Search = null,
    InquirySort Sort = InquirySort.DueFirst);

/// <summary>The lists clerks and managers work from.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InquiryView>))]
public enum InquiryView
{
    /// <summary>Every inquiry, open or not.</summary>
    All,

    /// <summary>Open inquiries (new, in progress, waiting) of any team.</summary>
    Open,

    /// <summary>Open inquiries assigned to the signed-in user.</summary>
    Mine,

    /// <summary>Open inquiries of the teams the signed-in user belongs to or manages.</summary>
    MyTeams,

    /// <summary>Open inquiries whose first-response or resolution target is breached.</summary>
    Overdue,

    /// <summary>Open inquiries at risk of breaching a target (not yet breached).</summary>
    AtRisk,
}

/// <summary>How a list of inquiries is ordered.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InquirySort>))]
public enum InquirySort
{
    /// <summary>Soonest resolution due first (the default for queues).</summary>
    DueFirst,

    /// <summary>Newest first.</summary>
    Newest,

    /// <summary>Oldest first.</summary>
    Oldest,

    /// <summary>Most urgent first, then soonest due.</summary>
    Priority,
}
