using BenchmarkDotNet.Running;
using Crm.Benchmarks.Setup;

// dotnet run -c Release --project tests/Crm.Benchmarks -- --engine sqlite --scale 1.0 [--filter *Queue*]
// Each hot path beside the same SQL through raw ADO.NET; the Ratio column is the add-on's overhead.
if (!BenchmarkCommandLine.TryParse(args, out var options, out var problem))
{
    await Console.Error.WriteLineAsync(problem + Environment.NewLine + BenchmarkCommandLine.Usage).ConfigureAwait(false);
    return 2;
}

var (target, server) = await DatabaseCache.PrepareAsync(options, Console.Out).ConfigureAwait(false);
try
{
    BenchmarkTarget.Current = target;
    var config = HotPathConfig.Create(Path.Combine(options.CacheFolder, "results", options.DatabaseName));
    var arguments = options.BenchmarkArguments.Length == 0 ? ["--filter", "*"] : options.BenchmarkArguments;
    var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkTarget).Assembly).Run(arguments, config);
    return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
}
finally
{
    if (server is not null)
    {
        await server.DisposeAsync().ConfigureAwait(false);
    }
}
