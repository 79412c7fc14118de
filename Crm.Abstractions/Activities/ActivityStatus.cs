using System.Text.Json.Serialization;

namespace Crm.Abstractions.Activities;

/// <summary>Where an activity stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ActivityStatus>))]
public enum ActivityStatus
{
    /// <summary>Still to do.</summary>
    Open,

    /// <summary>Done, with an outcome.</summary>
    Done,

    /// <summary>Will not be done.</summary>
    Cancelled,
}
