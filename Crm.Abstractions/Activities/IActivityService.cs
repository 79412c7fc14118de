using Crm.Abstractions.Common;

namespace Crm.Abstractions.Activities;

/// <summary>
/// Planning and doing activities. Every CRM role may plan and work activities; completing or
/// cancelling one is for its assignee, a SalesManager or an Admin.
/// </summary>
public interface IActivityService
{
    /// <summary>Every activity type: built-in ones and those plugins add.</summary>
    IReadOnlyList<ActivityType> Types { get; }

    /// <summary>Plans an activity.</summary>
    /// <exception cref="CrmValidationException">A field is missing or wrong (named in the errors).</exception>
    /// <exception cref="CrmNotFoundException">The account does not exist.</exception>
    Task<Activity> PlanAsync(PlanActivity request, CancellationToken cancellationToken = default);

    /// <summary>One activity.</summary>
    /// <exception cref="CrmNotFoundException">No activity has that id.</exception>
    Task<Activity> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks the activity done with its outcome. When its type plans a next activity automatically,
    /// that one is planned in the same transaction and returned as <see cref="ActivityCompletion.Next"/>.
    /// </summary>
    /// <exception cref="CrmConflictException">The activity changed since <paramref name="version"/>.</exception>
    Task<ActivityCompletion> CompleteAsync(long id, string? outcome, int version, CancellationToken cancellationToken = default);

    /// <summary>Cancels an open activity.</summary>
    /// <exception cref="CrmConflictException">The activity changed since <paramref name="version"/>.</exception>
    Task<Activity> CancelAsync(long id, string? reason, int version, CancellationToken cancellationToken = default);

    /// <summary>
    /// Changes an open activity's subject, notes, deadline, duration and reminder, at the version
    /// the caller read. Allowed to the assignee, a SalesManager or an Admin.
    /// </summary>
    /// <exception cref="CrmValidationException">A field is invalid, or the activity is not open.</exception>
    /// <exception cref="CrmConflictException">Someone changed the activity since <paramref name="version"/>.</exception>
    Task<Activity> EditAsync(long id, EditActivity changes, int version, CancellationToken cancellationToken = default);

    /// <summary>Gives an open activity to someone else, who is notified. The assignee, a SalesManager or an Admin may do it.</summary>
    /// <exception cref="CrmValidationException">The new assignee is empty or too long (field <c>assignee</c>), or the activity is not open.</exception>
    /// <exception cref="CrmConflictException">The activity changed since <paramref name="version"/>.</exception>
    Task<Activity> ReassignAsync(long id, string assignee, int version, CancellationToken cancellationToken = default);

    /// <summary>The signed-in user's open activities, soonest due first (those without a deadline last).</summary>
    Task<Page<Activity>> MyWorkAsync(PageRequest page, CancellationToken cancellationToken = default);
}

/// <summary>The completed activity, the one its type planned next (if any), and the types suggested as next step.</summary>
/// <param name="Completed">The activity, now done.</param>
/// <param name="Next">The activity planned automatically, if the type does that.</param>
/// <param name="SuggestedNext">Type codes offered as the next step.</param>
public sealed record ActivityCompletion(Activity Completed, Activity? Next, IReadOnlyList<string> SuggestedNext);
