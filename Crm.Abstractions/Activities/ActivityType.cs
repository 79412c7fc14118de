namespace Crm.Abstractions.Activities;

/// <summary>
/// A kind of activity. Built-in: <c>call</c>, <c>meeting</c>, <c>task</c>, <c>email</c>, <c>note</c>;
/// plugins add theirs through <see cref="IActivityTypeSource"/>. Completing an activity of this type
/// suggests <see cref="SuggestedNext"/> and, when <see cref="AutoNext"/> is set, plans that activity
/// by itself, <see cref="AutoNextDelay"/> after completion (or after the previous deadline).
/// </summary>
/// <param name="Code">Stable code, lower-case with dashes.</param>
/// <param name="Name">Name for people.</param>
/// <param name="SuggestedNext">Codes of types offered as the next step.</param>
/// <param name="AutoNext">Code of the type planned automatically when an activity of this type is done.</param>
/// <param name="AutoNextDelay">How long after the base moment the automatic next activity is due.</param>
/// <param name="AutoNextFromDeadline">Count the delay from the completed activity's due time instead of its completion.</param>
public sealed record ActivityType(
    string Code,
    string Name,
    IReadOnlyList<string>? SuggestedNext = null,
    string? AutoNext = null,
    TimeSpan? AutoNextDelay = null,
    bool AutoNextFromDeadline = false);

/// <summary>Adds activity types (register as many as you like in your plugin's Autofac module).</summary>
public interface IActivityTypeSource
{
    /// <summary>The types this source adds. Codes must be unique across all sources.</summary>
    IEnumerable<ActivityType> Types { get; }
}
