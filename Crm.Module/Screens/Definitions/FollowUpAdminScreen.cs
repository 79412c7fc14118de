using Crm.Abstractions.Screens;
using Crm.Abstractions.Security;

namespace Crm.Module.Screens.Definitions;

/// <summary>Admin: the follow-up rules and their recent runs; running a rule now is for Admin.</summary>
internal static class FollowUpAdminScreen
{
    private const string Key = "screens.followUpRules.";

    public static ScreenDefinition Definition { get; } = new(
        "crm.follow-up-rules",
        ScreenKind.List,
        Key + "title",
        DataRoute: "/api/crm/follow-ups/rules",
        Roles: [CrmRoles.SalesManager, CrmRoles.Admin],
        Sections:
        [
            new("rules", Key + "rules",
            [
                new("code", Key + "code", FieldType.Text, "code"),
                new("name", Key + "name", FieldType.Text, "name"),
                new("enabled", Key + "enabled", FieldType.Boolean, "enabled"),
                new("schedule", Key + "schedule", FieldType.Text, "schedule"),
            ]),
            new("recentRuns", Key + "recentRuns",
            [
                new("rule", Key + "rule", FieldType.Text, "rule"),
                new("node", Key + "node", FieldType.Text, "node"),
                new("startedAt", Key + "startedAt", FieldType.DateTime, "startedAt"),
                new("finishedAt", Key + "finishedAt", FieldType.DateTime, "finishedAt"),
                new("created", Key + "created", FieldType.Number, "created"),
                new("skipped", Key + "skipped", FieldType.Number, "skipped"),
                new("error", Key + "error", FieldType.Text, "error"),
            ],
            RowsPath: "items",
            DataRoute: "/api/crm/follow-ups/runs"),
        ],
        Actions:
        [
            new("run", Key + "run", "POST", "/api/crm/follow-ups/rules/{code}/run", ConfirmKey: Key + "runConfirm", Roles: [CrmRoles.Admin]),
        ]);
}
