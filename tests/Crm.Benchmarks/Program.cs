using BenchmarkDotNet.Running;
using Crm.Benchmarks.Setup;
using Crm.Benchmarks.ShellLoad;

// dotnet run -c Release --project tests/Crm.Benchmarks -- --engine sqlite --scale 1.0 [--filter *Queue*]
// Each hot path beside the same SQL through raw ADO.NET; the Ratio column is the add-on's overhead.
// dotnet run -c Release --project tests/Crm.Benchmarks -- shell-load --engine sqlite --scale 1.0 [--clients 50 --seconds 30]
// The web shell of a real Host.Sample under concurrent clients, beside the overview SQL at the same concurrency.
var shellLoad = args.Length > 0 && args[0] == ShellLoadOptions.Command;
if (!BenchmarkCommandLine.TryParse(shellLoad ? args[1..] : args, out var options, out var problem))
{
    await Console.Error.WriteLineAsync(problem + Environment.NewLine + BenchmarkCommandLine.Usage).ConfigureAwait(false);
    return 2;
}

ShellLoadOptions? loadOptions = null;
if (shellLoad && !ShellLoadOptions.TryParse(options.BenchmarkArguments, out loadOptions, out problem))
{
    await Console.Error.WriteLineAsync(problem + Environment.NewLine + ShellLoadOptions.Usage).ConfigureAwait(false);
    return 2;
}

var (target, server) = await DatabaseCache.PrepareAsync(options, Console.Out).ConfigureAwait(false);
try
{
    BenchmarkTarget.Current = target;
    if (loadOptions is not null)
    {
        return await ShellLoadCommand.RunAsync(options, loadOptions, Console.Out).ConfigureAwait(false);
    }

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
