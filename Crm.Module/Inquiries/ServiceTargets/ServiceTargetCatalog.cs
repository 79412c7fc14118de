using System.Globalization;
using Crm.Abstractions.Inquiries;
using Crm.Module.Hosting;

namespace Crm.Module.Inquiries.ServiceTargets;

/// <summary>
/// The service targets by priority and category, checked once. Lookup: the policy for the priority
/// and the inquiry's category, else the category-less policy for the priority, else the built-in
/// default for the priority (Urgent 1 h / 8 h, High 4 h / 16 h, Normal 8 h / 40 h, Low 16 h / 80 h).
/// Configured policies therefore only need to say what differs, and every inquiry gets a target.
/// </summary>
internal sealed class ServiceTargetCatalog
{
    // Far above any real target; keeps TimeSpan.FromHours away from overflow.
    private const double MaxHours = 100_000;

    private static readonly Dictionary<InquiryPriority, ServiceTarget> Defaults = new()
    {
        [InquiryPriority.Urgent] = Hours(1, 8),
        [InquiryPriority.High] = Hours(4, 16),
        [InquiryPriority.Normal] = Hours(8, 40),
        [InquiryPriority.Low] = Hours(16, 80),
    };

    private readonly Dictionary<(InquiryPriority Priority, string? Category), ServiceTarget> _policies = [];

    /// <param name="policies">The section <c>Crm:Inquiries:ServiceTargets</c>; empty for the defaults only.</param>
    /// <param name="categories">The known categories, so that a misspelt category code stops start-up instead of never matching.</param>
    public ServiceTargetCatalog(IReadOnlyList<ServiceTargetOptions> policies, InquiryCategories categories)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(categories);
        var configuredAt = new Dictionary<(InquiryPriority, string?), int>();
        for (var i = 0; i < policies.Count; i++)
        {
            var policy = policies[i];
            var setting = $"{ServiceTargetOptions.SectionName}:{i}";
            var priority = ParsePriority(policy.Priority, setting + ":Priority");
            var category = string.IsNullOrWhiteSpace(policy.Category) ? null : policy.Category.Trim();
            if (category is not null && categories.Find(category) is null)
            {
                throw new CrmSettingException(setting + ":Category", $"'{category}' is not a known inquiry category.");
            }

            if (!configuredAt.TryAdd((priority, category), i))
            {
                throw new CrmSettingException(setting, $"it repeats the policy for {priority}{(category is null ? string.Empty : "/" + category)} of {ServiceTargetOptions.SectionName}:{configuredAt[(priority, category)]}.");
            }

            _policies[(priority, category)] = Validate(policy, setting);
        }
    }

    /// <summary>The target for an inquiry of <paramref name="priority"/> in <paramref name="category"/> (a category code, or none).</summary>
    public ServiceTarget For(InquiryPriority priority, string? category)
    {
        if (!Defaults.TryGetValue(priority, out var fallback))
        {
            throw new ArgumentOutOfRangeException(nameof(priority), priority, "Not a known inquiry priority.");
        }

        return (category is null ? null : _policies.GetValueOrDefault((priority, category)))
            ?? _policies.GetValueOrDefault((priority, null))
            ?? fallback;
    }

    private static InquiryPriority ParsePriority(string? text, string setting)
    {
        // Names only: Enum.TryParse would also take "9" and make it a priority that does not exist.
        var name = Enum.GetNames<InquiryPriority>().FirstOrDefault(n => string.Equals(n, text?.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new CrmSettingException(setting, $"'{text}' is not a priority; use {string.Join(", ", Enum.GetNames<InquiryPriority>())}.");
        return Enum.Parse<InquiryPriority>(name);
    }

    private static ServiceTarget Validate(ServiceTargetOptions policy, string setting)
    {
        // Written as !(x > 0) so that NaN fails too.
        if (!(policy.ResolutionHours > 0) || policy.ResolutionHours > MaxHours)
        {
            throw new CrmSettingException(setting + ":ResolutionHours", Invariant($"{policy.ResolutionHours} must be more than 0 and at most {MaxHours} business hours."));
        }

        if (!(policy.FirstResponseHours > 0))
        {
            throw new CrmSettingException(setting + ":FirstResponseHours", Invariant($"{policy.FirstResponseHours} must be more than 0 business hours."));
        }

        if (policy.FirstResponseHours > policy.ResolutionHours)
        {
            throw new CrmSettingException(setting + ":FirstResponseHours", Invariant($"{policy.FirstResponseHours} must not exceed ResolutionHours ({policy.ResolutionHours}): the first response cannot be due after the resolution."));
        }

        if (!(policy.AtRiskShare > 0 && policy.AtRiskShare <= 1))
        {
            throw new CrmSettingException(setting + ":AtRiskShare", Invariant($"{policy.AtRiskShare} must be more than 0 and at most 1 (0.75: at risk once 75 % of the target is used)."));
        }

        return new ServiceTarget(TimeSpan.FromHours(policy.FirstResponseHours), TimeSpan.FromHours(policy.ResolutionHours), policy.AtRiskShare);
    }

    private static ServiceTarget Hours(double firstResponse, double resolution) =>
        new(TimeSpan.FromHours(firstResponse), TimeSpan.FromHours(resolution), ServiceTarget.DefaultAtRiskShare);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
