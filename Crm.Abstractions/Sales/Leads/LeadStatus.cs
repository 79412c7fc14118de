using System.Text.Json.Serialization;

namespace Crm.Abstractions.Sales;

/// <summary>Where a lead stands. Stored and sent by name.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LeadStatus>))]
public enum LeadStatus
{
    /// <summary>Captured, nobody has talked to the contact yet.</summary>
    New,

    /// <summary>Someone reached the contact.</summary>
    Contacted,

    /// <summary>Worth an opportunity; the next step is conversion.</summary>
    Qualified,

    /// <summary>Not worth pursuing; a reason is recorded. Can be reopened.</summary>
    Disqualified,

    /// <summary>Became an opportunity. Set only by conversion.</summary>
    Converted,

    /// <summary>Merged into another lead (<see cref="Lead.MergedIntoId"/>); hidden from lists, kept for its history.</summary>
    Merged,
}
