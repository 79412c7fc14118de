using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Abstractions.Activities;
using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Inquiries;
using Crm.Abstractions.Sales;
using Crm.Module.Events;
using Dapper;

namespace Crm.Module.Privacy;

/// <summary>
/// The outbox keeps delivered events, and undelivered ones still wait there: each carries a copy of
/// the record as it was. For every row about an erased record (delivered or not), the text values
/// that equal one of the record's old personal values become null, so the row still says what
/// happened to which record, and an undelivered one is still delivered, without the personal data.
/// </summary>
/// <remarks>
/// Only the add-on's own events are read: plugins' events are theirs to erase when they handle
/// <see cref="Crm.Abstractions.Privacy.PersonalDataErased"/>. Rows are narrowed by the record's key
/// in the payload text, then confirmed by reading the event, so another record's row that merely
/// contains the same text is never changed.
/// </remarks>
internal sealed class OutboxScrubber
{
    private static readonly Dictionary<string, Type> Readable = new Type[]
    {
        typeof(LeadCreated), typeof(LeadUpdated), typeof(LeadStatusChanged), typeof(LeadsMerged), typeof(LeadConverted), typeof(ProspectLinked),
        typeof(InquiryLogged), typeof(InquiryAssigned), typeof(InquiryStatusChanged), typeof(InquiryResolved), typeof(InquiryCommented),
        typeof(ActivityPlanned), typeof(ActivityCompleted), typeof(ActivityCancelled), typeof(ActivityReassigned), typeof(ActivityEdited),
        typeof(CustomFieldsChanged),
    }.ToDictionary(CrmEventTypes.NameOf, StringComparer.Ordinal);

    /// <param name="values">Each erased record's old personal values.</param>
    /// <returns>How many rows were changed.</returns>
    public static async Task<int> ScrubAsync(DbConnection connection, DbTransaction transaction, IReadOnlyDictionary<ErasedRecord, HashSet<string>> values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        var candidates = new Dictionary<long, (string Type, string Payload)>();
        foreach (var record in values.Keys)
        {
            foreach (var row in await CandidatesAsync(connection, transaction, record, cancellationToken).ConfigureAwait(false))
            {
                candidates.TryAdd(row.Id, (row.EventType, row.Payload));
            }
        }

        var changed = 0;
        foreach (var (id, (type, payload)) in candidates)
        {
            var about = RecordsOf(CrmEventJson.Deserialize(payload, Readable[type]));
            var erase = about.Where(values.ContainsKey).SelectMany(r => values[r]).ToHashSet(StringComparer.Ordinal);
            if (erase.Count == 0 || JsonNode.Parse(payload) is not { } root || !Scrub(root, erase))
            {
                continue;
            }

            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE crm_outbox SET payload = @payload WHERE id = @id", new { payload = root.ToJsonString(), id }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            changed++;
        }

        return changed;
    }

    private static async Task<IEnumerable<(long Id, string EventType, string Payload)>> CandidatesAsync(DbConnection connection, DbTransaction transaction, ErasedRecord record, CancellationToken cancellationToken)
    {
        // Events are compact JSON: a number key stands after a colon and before a comma or brace,
        // a text key in quotes. Neither form holds a LIKE wildcard (ids are digits, numbers letters, digits and dashes).
        var (first, second) = record.Kind == PersonalKind.Inquiry
            ? ($"%\"{record.Key}\"%", $"%\"{record.Key}\"%")
            : ($"%:{record.Key},%", $"%:{record.Key}}}%");
        var rows = await connection.QueryAsync<(long, string, string)>(new CommandDefinition(
            "SELECT id, event_type, payload FROM crm_outbox WHERE (payload LIKE @first OR payload LIKE @second) ORDER BY id",
            new { first, second },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Where(r => Readable.ContainsKey(r.Item2));
    }

    /// <summary>The records an event of the add-on carries data of.</summary>
    private static IEnumerable<ErasedRecord> RecordsOf(CrmEvent change) => change switch
    {
        LeadCreated e => [Lead(e.Lead.Id)],
        LeadUpdated e => [Lead(e.Lead.Id)],
        LeadStatusChanged e => [Lead(e.Lead.Id)],
        LeadsMerged e => [Lead(e.Survivor.Id), Lead(e.MergedId)],
        LeadConverted e => e.Prospect is { } prospect ? [Lead(e.Lead.Id), Prospect(prospect.Id)] : [Lead(e.Lead.Id)],
        ProspectLinked e => [Prospect(e.Prospect.Id)],
        InquiryLogged e => [Inquiry(e.Inquiry.Number)],
        InquiryAssigned e => [Inquiry(e.Number)],
        InquiryStatusChanged e => [Inquiry(e.Number)],
        InquiryResolved e => [Inquiry(e.Number)],
        InquiryCommented e => [Inquiry(e.Number)],
        ActivityPlanned e => [Activity(e.Activity.Id)],
        ActivityCompleted e => [Activity(e.Activity.Id)],
        ActivityCancelled e => [Activity(e.Activity.Id)],
        ActivityReassigned e => [Activity(e.Activity.Id)],
        ActivityEdited e => [Activity(e.Activity.Id)],
        CustomFieldsChanged { Entity: CustomFieldEntity.Lead } e => [new(PersonalKind.Lead, e.Key)],
        CustomFieldsChanged { Entity: CustomFieldEntity.Inquiry } e => [Inquiry(e.Key)],
        CustomFieldsChanged { Entity: CustomFieldEntity.Activity } e => [new(PersonalKind.Activity, e.Key)],
        _ => [],
    };

    /// <returns>Whether any value was replaced.</returns>
    private static bool Scrub(JsonNode node, HashSet<string> erase)
    {
        var changed = false;
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    if (IsErased(child, erase))
                    {
                        obj[name] = null;
                        changed = true;
                    }
                    else if (child is not null)
                    {
                        changed |= Scrub(child, erase);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (IsErased(array[i], erase))
                    {
                        array[i] = null;
                        changed = true;
                    }
                    else if (array[i] is { } child)
                    {
                        changed |= Scrub(child, erase);
                    }
                }

                break;
        }

        return changed;
    }

    private static bool IsErased(JsonNode? node, HashSet<string> erase) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String && erase.Contains(value.GetValue<string>());

    private static ErasedRecord Lead(long id) => ErasedRecord.Of(PersonalKind.Lead, id);

    private static ErasedRecord Prospect(long id) => ErasedRecord.Of(PersonalKind.Prospect, id);

    private static ErasedRecord Activity(long id) => ErasedRecord.Of(PersonalKind.Activity, id);

    private static ErasedRecord Inquiry(string number) => new(PersonalKind.Inquiry, number);
}
