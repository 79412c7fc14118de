using Crm.Abstractions.Screens;
using Crm.Abstractions.Security;

namespace Crm.Module.Screens.Definitions;

/// <summary>Admin: the plugins the host tried to load, and why any was left out.</summary>
internal static class PluginsScreen
{
    private const string Key = "screens.plugins.";

    public static ScreenDefinition Definition { get; } = new(
        "crm.plugins",
        ScreenKind.List,
        Key + "title",
        DataRoute: "/api/crm/plugins",
        Roles: [CrmRoles.Admin],
        Sections:
        [
            new("columns", Key + "columns",
            [
                new("id", Key + "id", FieldType.Text, "id"),
                new("name", Key + "name", FieldType.Text, "displayName"),
                new("version", Key + "version", FieldType.Text, "version"),
                new("loaded", Key + "loaded", FieldType.Boolean, "loaded"),
                new("reason", Key + "reason", FieldType.Text, "reason"),
            ]),
        ],
        Actions: []);
}
