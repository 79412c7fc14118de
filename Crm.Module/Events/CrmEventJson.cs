using System.Text.Json;
using System.Text.Json.Serialization;
using Crm.Abstractions.Extensibility;

namespace Crm.Module.Events;

/// <summary>
/// How events are stored in <c>crm_outbox.payload</c>. Enums go by name, so reordering an enum
/// cannot change the meaning of an event already stored; unknown properties are ignored, so an
/// event written by a newer version still reads.
/// </summary>
internal static class CrmEventJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(CrmEvent crmEvent) => JsonSerializer.Serialize(crmEvent, crmEvent.GetType(), Options);

    public static CrmEvent Deserialize(string payload, Type eventType) =>
        JsonSerializer.Deserialize(payload, eventType, Options) as CrmEvent
        ?? throw new JsonException($"The payload does not hold a {eventType.Name}.");
}
