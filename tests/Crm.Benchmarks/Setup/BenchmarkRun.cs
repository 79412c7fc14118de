using System.Globalization;
using Crm.Abstractions.Erp;
using Crm.Scale;

namespace Crm.Benchmarks.Setup;

/// <summary>One database the suite runs on: an engine at one scale, from the cache folder or a given PostgreSQL database.</summary>
internal sealed record BenchmarkRun(DatabaseEngine Engine, ScaleSettings Scale, string CacheFolder, string? Connection)
{
    /// <summary>The name of a database generated with these settings: engine, scale, seed and day.</summary>
    public string DatabaseName => string.Create(CultureInfo.InvariantCulture,
        $"{EngineName(Engine)}-scale{Scale.Scale:0.###}-seed{Scale.Seed}-{Scale.Today:yyyyMMdd}").Replace('.', '_');

    /// <summary>The engine as the command line spells it.</summary>
    public static string EngineName(DatabaseEngine engine) => engine == DatabaseEngine.Sqlite ? "sqlite" : "postgres";
}
