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

/// <summary>An open activity was given to someone else.</summary>
/// <param name="Activity">The activity with its new assignee.</param>
/// <param name="PreviousAssignee">Who had it before.</param>
/// <param name="By">Who reassigned it.</param>
public sealed record ActivityReassigned(Activity Activity, string PreviousAssignee, string By) : CrmEvent;

/// <summary>An open activity's subject, notes, deadline, duration or reminder changed.</summary>
/// <param name="Activity">The activity as now stored.</param>
/// <param name="PreviousReminderAt">The reminder time before the change, so that a channel or scheduler can tell a moved reminder.</param>
/// <param name="By">Who edited it.</param>
public sealed record ActivityEdited(Activity Activity, DateTimeOffset? PreviousReminderAt, string By) : CrmEvent;
