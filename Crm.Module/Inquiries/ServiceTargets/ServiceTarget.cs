namespace Crm.Module.Inquiries.ServiceTargets;

/// <summary>The targets that apply to an inquiry, in business time.</summary>
/// <param name="FirstResponse">Business time until the first response is due.</param>
/// <param name="Resolution">Business time until the resolution is due.</param>
/// <param name="AtRiskShare">A running target is at risk once this share of it is used (0.75: 75 %).</param>
internal sealed record ServiceTarget(TimeSpan FirstResponse, TimeSpan Resolution, double AtRiskShare)
{
    public const double DefaultAtRiskShare = 0.75;
}
