using Crm.Abstractions.CustomFields;

namespace Crm.Module.CustomFields;

/// <summary>How entities are written in routes and queries: plural, lower case (see <see cref="CustomFieldEntity"/>).</summary>
internal static class CustomFieldRoutes
{
    private static readonly Dictionary<string, CustomFieldEntity> ByName = new(StringComparer.Ordinal)
    {
        ["accounts"] = CustomFieldEntity.Account,
        ["leads"] = CustomFieldEntity.Lead,
        ["opportunities"] = CustomFieldEntity.Opportunity,
        ["inquiries"] = CustomFieldEntity.Inquiry,
        ["activities"] = CustomFieldEntity.Activity,
    };

    public static IEnumerable<string> Names => ByName.Keys;

    public static bool TryParse(string? name, out CustomFieldEntity entity) => ByName.TryGetValue(name ?? string.Empty, out entity);

    public static string NameOf(CustomFieldEntity entity) => ByName.First(e => e.Value == entity).Key;
}
