using Crm.Abstractions.Screens;
using Crm.Abstractions.Security;

namespace Crm.Module.Screens.Definitions;

/// <summary>
/// An account's owner by account key. Its own card because changing the owner sends the version of
/// the assignment, which only this record carries; the customer card links here.
/// </summary>
internal static class AccountOwnerScreen
{
    public const string Id = "crm.account-owner";

    private const string Key = "screens.accountOwner.";

    public static ScreenDefinition Definition { get; } = new(
        Id,
        ScreenKind.Card,
        Key + "title",
        DataRoute: "/api/crm/accounts/{key}/owner",
        Sections:
        [
            new("assignment", Key + "assignment",
            [
                new("accountKey", ScreenInputs.Key + "account", FieldType.Reference, "accountKey", OpensScreenId: CustomerCard.Id),
                new("owner", ScreenInputs.Key + "owner", FieldType.Text, "ownerUserName"),
                new("updatedAt", Key + "updatedAt", FieldType.DateTime, "updatedAt"),
                new("updatedBy", Key + "updatedBy", FieldType.Text, "updatedBy"),
            ]),
        ],
        Actions:
        [
            new("setOwner", Key + "setOwner", "PUT", "/api/crm/accounts/{key}/owner", Roles: [CrmRoles.SalesManager, CrmRoles.Admin],
                Inputs: [ScreenInputs.Text("newOwner", ScreenInputs.Key + "owner", "owner")],
                RecordValues: ScreenInputs.Version),
        ]);
}
