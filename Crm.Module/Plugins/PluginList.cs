using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Security;

namespace Crm.Module.Plugins;

/// <summary>
/// What the host loaded, for admins. The directory is the host's to register; a host that registers
/// none has nothing to report, so the list is empty rather than an error.
/// </summary>
internal sealed class PluginList(IEnumerable<IPluginDirectory> directories, ICurrentUser user)
{
    public IReadOnlyList<PluginStatus> Get()
    {
        user.Demand("List the loaded plugins", CrmRoles.Admin);
        return [.. directories.SelectMany(d => d.Plugins)];
    }
}
