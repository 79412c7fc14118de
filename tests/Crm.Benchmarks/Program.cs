using BenchmarkDotNet.Running;
using Crm.Benchmarks.Setup;
using Crm.Benchmarks.ShellLoad;

// The whole suite on both engines, and how it grows from 10 % to 100 % of the reference scale:
// dotnet run -c Release --project tests/Crm.Benchmarks -- --engine sqlite,postgres --scale 0.1,0.25,0.5,1.0
// One path on one database: ... -- --engine sqlite --scale 1.0 --filter '*Queue*'
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

var arguments = options.BenchmarkArguments.Length == 0 ? ["--filter", "*"] : options.BenchmarkArguments;
var scaling = new ScalingTable();
var failed = false;
foreach (var run in options.Runs)
{
    var (target, server) = await DatabaseCache.PrepareAsync(run, Console.Out).ConfigureAwait(false);
    try
    {
        BenchmarkTarget.Current = target;
        await ErpIndexSetup.EnsureAsync(target, Console.Out).ConfigureAwait(false);
        if (loadOptions is not null)
        {
            failed |= await ShellLoadCommand.RunAsync(run, loadOptions, Console.Out).ConfigureAwait(false) != 0;
            continue;
        }

        var config = HotPathConfig.Create(Path.Combine(options.CacheFolder, "results", run.DatabaseName));
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkTarget).Assembly).Run(arguments, config).ToList();
        failed |= summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success));
        scaling.Add(run, summaries);
    }
    finally
    {
        if (server is not null)
        {
            await server.DisposeAsync().ConfigureAwait(false);
        }
    }
}

var table = scaling.Format();
if (table.Length > 0)
{
    var file = Path.Combine(options.CacheFolder, "results", $"scaling-{string.Join('-', scaling.Engines)}-{DateTime.UtcNow:yyyyMMdd-HHmm}.md");
    await File.WriteAllTextAsync(file, table).ConfigureAwait(false);
    Console.WriteLine();
    Console.WriteLine("Median per call by scale; exponent k in cost ∝ data^k (0 flat, 1 as the data, above 1 faster than the data):");
    Console.WriteLine(table);
    Console.WriteLine($"Written to {file}");
}

return failed ? 1 : 0;
