using Crm.Abstractions.Activities;

namespace Crm.Module.Activities;

/// <summary>The built-in activity types plus every plugin's, checked once: unique codes, and chains that name existing types.</summary>
internal sealed class ActivityTypes
{
    private static readonly ActivityType[] BuiltIn =
    [
        new("call", "Call", ["email", "meeting", "task"]),
        new("meeting", "Meeting", ["email", "task"]),
        new("task", "Task"),
        new("email", "E-mail", ["call"]),
        new("note", "Note"),
    ];

    private readonly Dictionary<string, ActivityType> _byCode = new(StringComparer.Ordinal);

    public ActivityTypes(IEnumerable<IActivityTypeSource> sources)
    {
        All = [.. BuiltIn.Concat(sources.SelectMany(s => s.Types))];
        foreach (var type in All)
        {
            if (!_byCode.TryAdd(type.Code, type))
            {
                throw new InvalidOperationException($"Two activity types have the code '{type.Code}'; codes must be unique across the add-on and its plugins.");
            }
        }

        foreach (var type in All)
        {
            var unknown = (type.SuggestedNext ?? []).Append(type.AutoNext).OfType<string>().FirstOrDefault(code => !_byCode.ContainsKey(code));
            if (unknown is not null)
            {
                throw new InvalidOperationException($"Activity type '{type.Code}' chains to '{unknown}', which is not an activity type.");
            }
        }
    }

    public IReadOnlyList<ActivityType> All { get; }

    public ActivityType? Find(string code) => _byCode.GetValueOrDefault(code);
}
