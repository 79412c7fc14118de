using Crm.Abstractions.Erp;
using Crm.Scale;

namespace Crm.Benchmarks.Setup;

/// <summary>
/// The program's own options; everything else (<c>--filter</c>, <c>--list</c>, …) goes to BenchmarkDotNet.
/// Engines and scales may be lists: the suite then runs once per engine and scale, in that order.
/// </summary>
internal sealed record BenchmarkCommandLine(IReadOnlyList<DatabaseEngine> Engines, IReadOnlyList<double> Scales, int Seed, DateOnly Today, string CacheFolder, string? Connection, string[] BenchmarkArguments)
{
    public const string Usage = """
        Usage: [--engine sqlite|postgres|sqlite,postgres] [--scale 1.0|0.1,0.25,0.5,1.0] [--seed n] [--today yyyy-MM-dd]
               [--cache <folder>] [--connection <PostgreSQL connection string>] [BenchmarkDotNet options, e.g. --filter *Queue*]
        Generates each database once into the cache folder (SQLite) or the given PostgreSQL database
        (without --connection: a throw-away PostgreSQL server), then runs the benchmarks on it. With
        several scales, ends with a table of how each path's cost grows with the data.
        """;

    private static readonly string[] OwnOptions = ["engine", "scale", "seed", "today", "cache", "connection"];

    /// <summary>Every engine at every scale, engines first.</summary>
    public IEnumerable<BenchmarkRun> Runs =>
        from engine in Engines
        from scale in Scales
        select new BenchmarkRun(engine, new ScaleSettings(scale, Seed, Today), CacheFolder, Connection);

    public static bool TryParse(string[] arguments, out BenchmarkCommandLine options, out string? problem)
    {
        options = null!;
        var (values, rest) = ScaleArguments.Split(arguments, OwnOptions);
        var engines = new List<DatabaseEngine>();
        foreach (var name in values.GetValueOrDefault("engine", "sqlite").Split(','))
        {
            switch (name.Trim())
            {
                case "sqlite":
                    engines.Add(DatabaseEngine.Sqlite);
                    break;
                case "postgres":
                    engines.Add(DatabaseEngine.PostgreSql);
                    break;
                default:
                    problem = "--engine must be sqlite, postgres or both, comma-separated.";
                    return false;
            }
        }

        var scales = new List<double>();
        foreach (var text in values.GetValueOrDefault("scale", "1.0").Split(','))
        {
            if (!ScaleArguments.TryScale(text.Trim(), out var scale, out problem))
            {
                return false;
            }

            scales.Add(scale);
        }

        if (!ScaleArguments.TrySeedAndDay(values, out var seed, out var today, out problem))
        {
            return false;
        }

        var connection = values.GetValueOrDefault("connection");
        if (connection is not null && (engines is not [DatabaseEngine.PostgreSql] || scales.Count != 1))
        {
            problem = "--connection is for --engine postgres at one scale; SQLite databases live in the cache folder.";
            return false;
        }

        var cache = values.GetValueOrDefault("cache") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "crm-benchmarks");
        options = new BenchmarkCommandLine(engines.Distinct().ToList(), scales.Distinct().Order().ToList(), seed, today, Path.GetFullPath(cache), connection, [.. rest]);
        return true;
    }
}
