namespace Crm.Abstractions.Extensibility;

/// <summary>
/// Something that happened in the CRM, published to plugins and to other parts of the add-on after
/// the change that raised it was committed. Concrete events are sealed records deriving from this
/// one, e.g. <c>public sealed record InquiryLogged(Inquiry Inquiry) : CrmEvent;</c>, and are
/// handled by <see cref="ICrmEventHandler{TEvent}"/>.
/// </summary>
/// <remarks>
/// <para>
/// Events travel through a transactional outbox: the event is stored as JSON (System.Text.Json,
/// camel-case names, enums by name) in the same database transaction as the change itself, and is
/// delivered from there once that transaction has committed. A concrete event must therefore
/// round-trip through System.Text.Json: a public constructor (a positional record is ideal) and
/// public properties of serializable types.
/// </para>
/// <para>
/// An event's stable name in the outbox is its full type name (namespace and type name, without the
/// assembly). Renaming or moving an event type therefore is a breaking change for events already
/// stored under the old name; add a new type instead. Generic event types are not supported.
/// </para>
/// </remarks>
public abstract record CrmEvent
{
    /// <summary>
    /// Identifies this occurrence; set by whoever raises the event (<see cref="Guid.NewGuid"/>) and
    /// never <see cref="Guid.Empty"/>. Delivery is at least once, so a handler may see the same event
    /// again; this id is what it deduplicates by.
    /// </summary>
    public required Guid EventId { get; init; }

    /// <summary>When it happened (the raising host's clock, UTC); set by whoever raises the event.</summary>
    public required DateTimeOffset OccurredAt { get; init; }
}
