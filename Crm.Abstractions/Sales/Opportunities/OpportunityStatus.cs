using System.Text.Json.Serialization;

namespace Crm.Abstractions.Sales;

/// <summary>Where an opportunity stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OpportunityStatus>))]
public enum OpportunityStatus
{
    /// <summary>In one of the pipeline's stages.</summary>
    Open,

    /// <summary>Won: the customer ordered.</summary>
    Won,

    /// <summary>Lost, with a reason.</summary>
    Lost,
}
