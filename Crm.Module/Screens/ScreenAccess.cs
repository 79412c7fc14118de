using System.Globalization;
using Crm.Abstractions.Common;
using Crm.Abstractions.Screens;
using Crm.Abstractions.Security;

namespace Crm.Module.Screens;

/// <summary>
/// The screens as the signed-in user sees them: those their roles may open, with the sections and
/// actions their roles see. Visibility only: every action's endpoint checks permission again.
/// </summary>
internal sealed class ScreenAccess(ScreenCatalog catalog, ICurrentUser user)
{
    public IReadOnlyList<ScreenSummary> List() =>
        [.. catalog.All.Where(s => Sees(s.Roles)).Select(s => new ScreenSummary(s.Id, s.Kind, s.TitleKey, s.TitleArgument))];

    public ScreenDefinition Get(string id)
    {
        var screen = catalog.Find(id) ?? throw new CrmNotFoundException("screen", id);
        if (!Sees(screen.Roles))
        {
            throw new CrmPermissionException(string.Format(CultureInfo.CurrentCulture, Messages.ScreenNeedsRole, id, string.Join(", ", screen.Roles ?? [])));
        }

        return screen with
        {
            Sections = [.. screen.Sections.Where(s => Sees(s.Roles))],
            Actions = [.. screen.Actions.Where(a => Sees(a.Roles))],
        };
    }

    private bool Sees(IReadOnlyList<string>? roles) =>
        user.IsAuthenticated && (roles is null || roles.Count == 0 || user.IsInAnyRole([.. roles]));
}
