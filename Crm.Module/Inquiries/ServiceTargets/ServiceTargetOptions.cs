namespace Crm.Module.Inquiries.ServiceTargets;

/// <summary>
/// One service-target policy, <c>Crm:Inquiries:ServiceTargets:N</c> (the section is a list of
/// these). Targets are business hours on the working calendar. A policy with a category applies to
/// that category only and beats the category-less policy of the same priority; a priority without
/// a configured category-less policy keeps its built-in default (see <see cref="ServiceTargetCatalog"/>).
/// </summary>
internal sealed class ServiceTargetOptions
{
    public const string SectionName = "Crm:Inquiries:ServiceTargets";

    /// <summary>Name of an <see cref="Crm.Abstractions.Inquiries.InquiryPriority"/>: Low, Normal, High or Urgent.</summary>
    public string? Priority { get; set; }

    /// <summary>Category code the policy is for; empty for every category of the priority.</summary>
    public string? Category { get; set; }

    /// <summary>Business hours until the first response is due; more than 0, at most <see cref="ResolutionHours"/>.</summary>
    public double FirstResponseHours { get; set; }

    /// <summary>Business hours until the resolution is due; more than 0.</summary>
    public double ResolutionHours { get; set; }

    /// <summary>Share of the target after which it counts as at risk, in (0, 1].</summary>
    public double AtRiskShare { get; set; } = ServiceTarget.DefaultAtRiskShare;
}
