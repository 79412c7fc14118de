using System.Text.Json.Serialization;

namespace Crm.Abstractions.Inquiries;

/// <summary>
/// Where an inquiry stands. New → InProgress → WaitingOnCustomer → Resolved → Closed, with reopen;
/// the service enforces which moves are allowed.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<InquiryStatus>))]
public enum InquiryStatus
{
    /// <summary>Logged, nobody has answered yet.</summary>
    New,

    /// <summary>Someone works on it.</summary>
    InProgress,

    /// <summary>The customer owes an answer; the service-target clock is paused.</summary>
    WaitingOnCustomer,

    /// <summary>Answered, with a resolution note; may be reopened.</summary>
    Resolved,

    /// <summary>Done for good (may still be reopened by those allowed to close).</summary>
    Closed,
}
