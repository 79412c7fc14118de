using Crm.Abstractions.CustomFields;

namespace Crm.Abstractions.Extensibility;

/// <summary>
/// What an <see cref="ICrmBeforeHandler{TEvent}"/> knows about the change and may do to it. Created
/// by the add-on for each change; not thread-safe (the handlers of one change run one after another).
/// </summary>
public sealed class CrmChangeContext
{
    private readonly Dictionary<string, string> _fields;
    private readonly Dictionary<string, string?> _enriched = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _vetoes = new(StringComparer.Ordinal);

    /// <summary>Creates the context of one change (the add-on does this; tests of a plugin may too).</summary>
    /// <param name="entity">The kind of record changed.</param>
    /// <param name="key">The record's key (see <see cref="CustomFieldEntity"/>).</param>
    /// <param name="userName">Who makes the change; null for background work.</param>
    /// <param name="fields">The record's custom field values as they will be committed, by code.</param>
    public CrmChangeContext(CustomFieldEntity entity, string key, string? userName, IReadOnlyDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        Entity = entity;
        Key = key;
        UserName = userName;
        _fields = new Dictionary<string, string>(fields, StringComparer.Ordinal);
    }

    /// <summary>The kind of record changed.</summary>
    public CustomFieldEntity Entity { get; }

    /// <summary>The record's key.</summary>
    public string Key { get; }

    /// <summary>Who makes the change; null for background work (rules, jobs, event handlers).</summary>
    public string? UserName { get; }

    /// <summary>The record's custom field values as they will be committed, including earlier handlers' enrichments.</summary>
    public IReadOnlyDictionary<string, string> Fields => _fields;

    /// <summary>The values handlers set (null = cleared), for the add-on to validate and write.</summary>
    public IReadOnlyDictionary<string, string?> Enriched => _enriched;

    /// <summary>The vetoes so far: field (or <c>""</c> for the whole record) to messages.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Vetoes =>
        _vetoes.ToDictionary(v => v.Key, v => (IReadOnlyList<string>)v.Value, StringComparer.Ordinal);

    /// <summary>Whether any handler vetoed the change.</summary>
    public bool IsVetoed => _vetoes.Count > 0;

    /// <summary>Refuses the change: it is rolled back and the caller gets <paramref name="message"/>.</summary>
    /// <param name="message">Why, for the user (in their language if you can: <see cref="System.Globalization.CultureInfo.CurrentUICulture"/> is theirs).</param>
    /// <param name="field">The field the refusal is about, as the API names it (e.g. <c>subject</c> or <c>customFields.auto.vin</c>); null for the record as a whole.</param>
    public void Veto(string message, string? field = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        var key = field ?? string.Empty;
        if (!_vetoes.TryGetValue(key, out var messages))
        {
            _vetoes[key] = messages = [];
        }

        messages.Add(message);
    }

    /// <summary>Sets a custom field of the changed record, written with the change after validation like user input.</summary>
    /// <param name="code">The field's code; it must be defined for <see cref="Entity"/>.</param>
    /// <param name="value">The value in its invariant text form; null clears the field.</param>
    public void SetField(string code, string? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        _enriched[code] = value;
        if (value is null)
        {
            _fields.Remove(code);
        }
        else
        {
            _fields[code] = value;
        }
    }
}
