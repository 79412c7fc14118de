using System.Text;
using System.Text.Json;

namespace Crm.Module.Audit;

/// <summary>
/// The text forms the audit tables store: an entry's changes (<c>[{"field":..,"old":..,"new":..}]</c>)
/// and a record's last audited state (an object of field and value). Written by hand with one
/// writer so that the same changes always give the same text, and therefore the same hash.
/// </summary>
internal static class AuditJson
{
    public static string WriteChanges(IEnumerable<AuditChange> changes)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var change in changes)
            {
                writer.WriteStartObject();
                writer.WriteString("field", change.Field);
                writer.WriteString("old", change.Old);
                writer.WriteString("new", change.New);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static IReadOnlyList<AuditChange> ReadChanges(string json)
    {
        using var document = JsonDocument.Parse(json);
        return
        [
            .. document.RootElement.EnumerateArray().Select(c => new AuditChange(
                c.GetProperty("field").GetString()!,
                c.GetProperty("old").GetString(),
                c.GetProperty("new").GetString())),
        ];
    }

    public static string WriteState(IReadOnlyDictionary<string, string> state)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (field, value) in state)
            {
                writer.WriteString(field, value);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static Dictionary<string, string> ReadState(string? json)
    {
        var state = new Dictionary<string, string>(StringComparer.Ordinal);
        if (json is null)
        {
            return state;
        }

        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            state[property.Name] = property.Value.GetString()!;
        }

        return state;
    }
}
