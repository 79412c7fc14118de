using Autofac;
using Crm.Abstractions.Erp;
using Crm.Module.Tests.Infrastructure;
using Crm.Testing;
using Crm.Testing.Databases;

namespace Crm.Module.Tests.Harness;

/// <summary>
/// A fresh test database, seeded, with the add-on started on it; disposing stops the add-on and drops
/// the database. Skips (or fails, where the engine is required) when the engine is not available.
/// </summary>
internal sealed class AddOnOnDatabase : IAsyncDisposable
{
    private AddOnOnDatabase(TestDatabase database, AddOnUnderTest addOn)
    {
        Database = database;
        AddOn = addOn;
    }

    public TestDatabase Database { get; }

    public AddOnUnderTest AddOn { get; }

    public static async Task<AddOnOnDatabase> StartAsync(
        DatabaseEngine engine,
        Func<TestDatabase, Task> seed,
        IReadOnlyDictionary<string, string?> settings,
        FixedClock clock,
        Action<ContainerBuilder>? plugins = null)
    {
        var database = await Prerequisite.OrSkipAsync(TestDatabases.CreateAsync(engine));
        try
        {
            await seed(database);
            return new AddOnOnDatabase(database, await AddOnUnderTest.StartAsync(database, settings, clock, plugins));
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await AddOn.DisposeAsync();
        await Database.DisposeAsync();
    }
}
