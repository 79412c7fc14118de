namespace Crm.Module.Jobs;

/// <summary>One run of a scheduled job.</summary>
/// <param name="Outcome"><see cref="Succeeded"/> or <see cref="Failed"/>.</param>
/// <param name="Error">Why it failed; null when it succeeded.</param>
internal sealed record JobRun(string Code, string Node, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, string Outcome, string? Error)
{
    public const string Succeeded = "succeeded";

    public const string Failed = "failed";
}
