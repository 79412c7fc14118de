using System.Globalization;
using Crm.Abstractions.Erp;
using Crm.Scale;

namespace Crm.Benchmarks.Setup;

/// <summary>
/// The program's own options; everything else (<c>--filter</c>, <c>--list</c>, …) goes to BenchmarkDotNet.
/// </summary>
internal sealed record BenchmarkCommandLine(DatabaseEngine Engine, ScaleSettings Scale, string CacheFolder, string? Connection, string[] BenchmarkArguments)
{
    public const string Usage = """
        Usage: [--engine sqlite|postgres] [--scale 1.0] [--seed n] [--today yyyy-MM-dd] [--cache <folder>]
               [--connection <PostgreSQL connection string>] [BenchmarkDotNet options, e.g. --filter *Queue*]
        Generates the database once into the cache folder (SQLite) or the given PostgreSQL database
        (without --connection: a throw-away PostgreSQL server), then runs the hot-path benchmarks.
        """;

    private static readonly string[] OwnOptions = ["engine", "scale", "seed", "today", "cache", "connection"];

    public static bool TryParse(string[] arguments, out BenchmarkCommandLine options, out string? problem)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var rest = new List<string>();
        for (var i = 0; i < arguments.Length; i++)
        {
            var name = arguments[i].StartsWith("--", StringComparison.Ordinal) ? arguments[i][2..] : null;
            if (name is not null && OwnOptions.Contains(name) && i + 1 < arguments.Length)
            {
                values[name] = arguments[++i];
            }
            else
            {
                rest.Add(arguments[i]);
            }
        }

        options = null!;
        DatabaseEngine engine;
        switch (values.GetValueOrDefault("engine", "sqlite"))
        {
            case "sqlite":
                engine = DatabaseEngine.Sqlite;
                break;
            case "postgres":
                engine = DatabaseEngine.PostgreSql;
                break;
            default:
                problem = "--engine must be sqlite or postgres.";
                return false;
        }

        if (!double.TryParse(values.GetValueOrDefault("scale", "1.0"), NumberStyles.Float, CultureInfo.InvariantCulture, out var scale) || !(scale > 0) || scale > 50)
        {
            problem = "--scale must be a number above 0 and at most 50 (1.0 is the reference scale).";
            return false;
        }

        if (!int.TryParse(values.GetValueOrDefault("seed", ScaleSettings.DefaultSeed.ToString(CultureInfo.InvariantCulture)), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed))
        {
            problem = "--seed must be a whole number.";
            return false;
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        if (values.TryGetValue("today", out var day) && !DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today))
        {
            problem = "--today must be a date yyyy-MM-dd.";
            return false;
        }

        var connection = values.GetValueOrDefault("connection");
        if (connection is not null && engine != DatabaseEngine.PostgreSql)
        {
            problem = "--connection is for --engine postgres; SQLite databases live in the cache folder.";
            return false;
        }

        var cache = values.GetValueOrDefault("cache") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "crm-benchmarks");
        options = new BenchmarkCommandLine(engine, new ScaleSettings(scale, seed, today), Path.GetFullPath(cache), connection, [.. rest]);
        problem = null;
        return true;
    }

    /// <summary>The name of a database generated with these settings: engine, scale, seed and day.</summary>
    public string DatabaseName => string.Create(CultureInfo.InvariantCulture,
        $"{(Engine == DatabaseEngine.Sqlite ? "sqlite" : "postgres")}-scale{Scale.Scale:0.###}-seed{Scale.Seed}-{Scale.Today:yyyyMMdd}").Replace('.', '_');
}
