using System.Globalization;
using Crm.Abstractions.Accounts;
using Crm.Abstractions.Common;

namespace Crm.Module.Accounts;

/// <summary>Reads <c>?kinds=Order,Invoice</c>; empty means every kind.</summary>
internal static class TimelineKinds
{
    public static IReadOnlyCollection<AccountTimelineKind> Parse(string? kinds)
    {
        if (string.IsNullOrWhiteSpace(kinds))
        {
            return [];
        }

        var parsed = new List<AccountTimelineKind>();
        foreach (var name in kinds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kind = Enum.GetNames<AccountTimelineKind>().FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
                ?? throw new CrmValidationException("kinds", string.Format(CultureInfo.CurrentCulture, Messages.NotOneOf, name, string.Join(", ", Enum.GetNames<AccountTimelineKind>())));
            parsed.Add(Enum.Parse<AccountTimelineKind>(kind));
        }

        return parsed;
    }
}
