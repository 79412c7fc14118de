using Crm.Abstractions.Erp;
using Crm.Scale.Progress;
using Crm.Testing.Databases;

namespace Crm.Scale.Tests;

/// <summary>Fresh test databases filled by the generator at a small scale.</summary>
internal static class GeneratedDatabases
{
    /// <summary>2 per mille of the reference: 200 customers, 2,000 orders, 6,000 lines, ...</summary>
    public const double SmallScale = 0.002;

    public static ScaleSettings Settings(double scale = SmallScale) => new(scale, ScaleSettings.DefaultSeed, DateOnly.FromDateTime(DateTime.UtcNow));

    /// <summary>A new empty database of <paramref name="engine"/>; skips (or fails, when required) where the engine is not installed.</summary>
    public static async Task<TestDatabase> CreateEmptyAsync(DatabaseEngine engine)
    {
        try
        {
            return await TestDatabases.CreateAsync(engine);
        }
        catch (TestEnvironmentUnavailableException e)
        {
            if (e.IsRequired)
            {
                Assert.Fail(e.Message);
            }

            Assert.Inconclusive(e.Message);
            throw;
        }
    }

    public static Task<ScaleReport> GenerateAsync(IErpDatabase database, ScaleSettings settings)
    {
        using var progress = new LogProgress(TextWriter.Null);
        return ScaleGenerator.GenerateAsync(database.Engine, database.ConnectionString, settings, progress);
    }
}
