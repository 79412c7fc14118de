using Crm.Abstractions.Extensibility;

namespace Crm.TestPlugin.ThrowingHandler;

/// <summary>Throws on every run.</summary>
public sealed class ThrowingJob : ICrmJob
{
    public string Code => "test-plugin.throwing-job";

    public string Name => "Throwing job (test plugin)";

    public string DefaultSchedule => "0 0 4 * * ?";

    public Task ExecuteAsync(CrmJobContext context, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The test plugin's job fails.");
}
