using Crm.Module.Data;
using Crm.Module.Inquiries.ServiceTargets;

namespace Crm.Module.Inquiries;

/// <summary>Which of an inquiry's two service targets.</summary>
internal enum InquiryTargetKind
{
    FirstResponse,
    Resolution,
}

/// <summary>
/// One service target as stored: when it falls due and when it becomes at risk (both instants, so
/// lists can filter in SQL), when it was paused and when it was met. Pausing stops both instants
/// from approaching; resuming pushes them later by the working time that passed while paused.
/// </summary>
internal sealed record TargetTrack(long TargetSeconds, DateTimeOffset DueAt, DateTimeOffset AtRiskAt, DateTimeOffset? PausedAt, DateTimeOffset? MetAt)
{
    public static TargetTrack Start(BusinessClock clock, DateTimeOffset at, TimeSpan target, double atRiskShare) =>
        new((long)target.TotalSeconds, clock.Add(at, target), clock.Add(at, target * atRiskShare), null, null);

    public TargetTrack Pause(DateTimeOffset at) => PausedAt is null && MetAt is null ? this with { PausedAt = at } : this;

    /// <summary>
    /// Ends a pause. A moment that had already passed when the pause began stays where it was: a
    /// breached target does not heal by waiting on the customer.
    /// </summary>
    public TargetTrack Resume(BusinessClock clock, DateTimeOffset at)
    {
        if (PausedAt is not { } pausedAt)
        {
            return this;
        }

        var paused = clock.Between(pausedAt, at);
        return this with
        {
            DueAt = DueAt > pausedAt ? clock.Add(DueAt, paused) : DueAt,
            AtRiskAt = AtRiskAt > pausedAt ? clock.Add(AtRiskAt, paused) : AtRiskAt,
            PausedAt = null,
        };
    }

    public TargetTrack Meet(DateTimeOffset at) => MetAt is null ? this with { MetAt = at } : this;

    /// <summary>A reopened inquiry: the time it spent met counts like a pause, and the clock runs again.</summary>
    public TargetTrack Reopen(BusinessClock clock, DateTimeOffset at) =>
        MetAt is { } metAt ? (this with { MetAt = null, PausedAt = metAt }).Resume(clock, at) : this;

    public static TargetTrack Read(InquiryRow row, InquiryTargetKind kind) => kind == InquiryTargetKind.FirstResponse
        ? new(row.FrTargetSeconds, Utc(row.FrDueAt), Utc(row.FrAtRiskAt), DbValues.ToNullableUtc(row.FrPausedAt), DbValues.ToNullableUtc(row.FrMetAt))
        : new(row.ResTargetSeconds, Utc(row.ResDueAt), Utc(row.ResAtRiskAt), DbValues.ToNullableUtc(row.ResPausedAt), DbValues.ToNullableUtc(row.ResMetAt));

    public void WriteTo(InquiryRow row, InquiryTargetKind kind)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (kind == InquiryTargetKind.FirstResponse)
        {
            row.FrTargetSeconds = TargetSeconds;
            row.FrDueAt = DbValues.ToUtcParameter(DueAt);
            row.FrAtRiskAt = DbValues.ToUtcParameter(AtRiskAt);
            row.FrPausedAt = PausedAt is { } p ? DbValues.ToUtcParameter(p) : null;
            row.FrMetAt = MetAt is { } m ? DbValues.ToUtcParameter(m) : null;
        }
        else
        {
            row.ResTargetSeconds = TargetSeconds;
            row.ResDueAt = DbValues.ToUtcParameter(DueAt);
            row.ResAtRiskAt = DbValues.ToUtcParameter(AtRiskAt);
            row.ResPausedAt = PausedAt is { } p ? DbValues.ToUtcParameter(p) : null;
            row.ResMetAt = MetAt is { } m ? DbValues.ToUtcParameter(m) : null;
        }
    }

    private static DateTimeOffset Utc(object value) => DbValues.ToNullableUtc(value)!.Value;
}
