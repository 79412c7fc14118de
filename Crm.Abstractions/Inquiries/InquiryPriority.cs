using System.Text.Json.Serialization;

namespace Crm.Abstractions.Inquiries;

/// <summary>How urgent an inquiry is; service-target policies are chosen by it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InquiryPriority>))]
public enum InquiryPriority
{
    /// <summary>Can wait.</summary>
    Low,

    /// <summary>The default.</summary>
    Normal,

    /// <summary>Needs attention today.</summary>
    High,

    /// <summary>Needs attention now.</summary>
    Urgent,
}
