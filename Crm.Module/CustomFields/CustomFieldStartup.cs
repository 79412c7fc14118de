using Microsoft.Extensions.Hosting;

namespace Crm.Module.CustomFields;

/// <summary>
/// Reads the custom field sources when the host starts, so that a plugin's bad definition is logged
/// then rather than on the first request that touches custom fields.
/// </summary>
internal sealed class CustomFieldStartup(Lazy<CustomFieldDefinitions> definitions) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = definitions.Value;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
