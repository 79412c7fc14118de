using System.Text.Json.Serialization;

namespace Crm.Abstractions.Inquiries;

/// <summary>How the customer reached us.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InquiryChannel>))]
public enum InquiryChannel
{
    /// <summary>A phone call.</summary>
    Phone,

    /// <summary>An e-mail.</summary>
    Email,

    /// <summary>A web form or portal.</summary>
    Web,

    /// <summary>A letter.</summary>
    Letter,

    /// <summary>The customer came in person.</summary>
    WalkIn,
}
