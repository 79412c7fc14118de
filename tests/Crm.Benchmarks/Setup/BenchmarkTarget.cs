using Crm.Abstractions.Erp;

namespace Crm.Benchmarks.Setup;

/// <summary>
/// The generated database the benchmarks run on. The program sets it before BenchmarkDotNet starts;
/// the benchmarks run in the same process (<see cref="HotPathConfig"/>), so they read it from here.
/// </summary>
internal sealed record BenchmarkTarget(DatabaseEngine Engine, string ConnectionString, DateOnly Today)
{
    private static BenchmarkTarget? current;

    public static BenchmarkTarget Current
    {
        get => current ?? throw new InvalidOperationException("Start the benchmarks through Program, which prepares the database first.");
        set => current = value;
    }
}
