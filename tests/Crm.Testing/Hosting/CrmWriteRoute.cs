namespace Crm.Testing.Hosting;

/// <summary>
/// A write endpoint of the add-on's API (POST, PUT, PATCH, DELETE under <c>/api/crm</c>) with a request
/// it accepts, the starting point the hostile-input test mutates.
/// </summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Route">
/// The path with the record it acts on as a placeholder the test fills from records it creates:
/// <c>{lead}</c>, <c>{otherLead}</c>, <c>{opportunity}</c>, <c>{activity}</c>, <c>{inquiry}</c>,
/// <c>{prospect}</c>, <c>{prospectLead}</c>, <c>{account}</c>, <c>{rule}</c>.
/// </param>
/// <param name="Body">A valid body (the same placeholders allowed), empty for routes without one.</param>
/// <param name="Tables">
/// The tables a success may change: the record's own and those it legitimately touches. Every other
/// table must stay as it was.
/// </param>
public sealed record CrmWriteRoute(string Method, string Route, string Body, IReadOnlyList<string> Tables)
{
    /// <summary>How the body is sent: JSON unless the route reads another format (CSV import).</summary>
    public string ContentType { get; init; } = "application/json";

    /// <summary>
    /// Records a success may change besides those in <see cref="Route"/> and <see cref="Body"/>, as
    /// placeholders (a prospect's lead, which its link updates).
    /// </summary>
    public IReadOnlyList<string> AlsoChanges { get; init; } = [];

    /// <summary>The placeholder in <see cref="Route"/> that names the record, or null for a route on a collection.</summary>
    public string? KeyPlaceholder =>
        Route.Split('/').FirstOrDefault(s => s.StartsWith('{') && s.EndsWith('}'));
}
