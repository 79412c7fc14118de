using Crm.Abstractions.Extensibility;

namespace Crm.Abstractions.Activities;

/// <summary>An activity was planned (by someone, or automatically when the previous one was done).</summary>
/// <param name="Activity">The activity as stored.</param>
public sealed record ActivityPlanned(Activity Activity) : CrmEvent;

/// <summary>An activity was marked done.</summary>
/// <param name="Activity">The activity, now done, with its outcome.</param>
public sealed record ActivityCompleted(Activity Activity) : CrmEvent;

/// <summary>An activity was cancelled.</summary>
/// <param name="Activity">The activity, now cancelled.</param>
public sealed record ActivityCancelled(Activity Activity) : CrmEvent;
