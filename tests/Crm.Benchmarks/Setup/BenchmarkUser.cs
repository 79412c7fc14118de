using Crm.Abstractions.Security;

namespace Crm.Benchmarks.Setup;

/// <summary>
/// The signed-in user of every benchmark: an administrator, so the add-on takes its widest path
/// (invoices in the overview and the timeline).
/// </summary>
internal sealed class BenchmarkUser : ICurrentUser
{
    public bool IsAuthenticated => true;

    public string UserName => "bench";

    public string DisplayName => UserName;

    public bool IsInRole(string role) => role == CrmRoles.Admin;
}
