using Autofac;
using Crm.Module.Erp.Indexes;

namespace Crm.Benchmarks.Setup;

/// <summary>
/// Gives the benchmarked database the ERP indexes the add-on documents, as an administrator would
/// with <c>POST /api/crm/erp/indexes</c> before going live: the suite measures the add-on as it is
/// meant to run. Creating them is idempotent, so a reused database costs one catalogue read.
/// </summary>
internal static class ErpIndexSetup
{
    public static async Task EnsureAsync(BenchmarkTarget target, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var addOn = await AddOn.StartAsync(target).ConfigureAwait(false);
        await using (addOn.ConfigureAwait(false))
        {
            var creation = await addOn.Container.Resolve<ErpIndexes>().CreateMissingAsync(CancellationToken.None).ConfigureAwait(false);
            foreach (var name in creation.Created)
            {
                log.WriteLine($"Created ERP index {name}.");
            }

            foreach (var failure in creation.Failed)
            {
                log.WriteLine($"Could not create ERP index {failure.Name}: {failure.Message}");
            }

            foreach (var index in creation.After.Indexes.Where(index => index.Status != ErpIndexes.Present))
            {
                log.WriteLine($"ERP index {index.Name} is {index.Status}: the figures are without it.");
            }
        }
    }
}
