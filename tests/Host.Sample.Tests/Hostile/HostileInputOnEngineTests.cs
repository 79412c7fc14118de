using Crm.Abstractions.Erp;

namespace Host.Sample.Tests.Hostile;

/// <summary>The hostile-input fuzz on the host's embedded SQLite file.</summary>
[TestClass]
public sealed class HostileInputOnSqliteTests : HostileInputTests
{
    [ClassInitialize]
    public static Task StartAsync(TestContext context) => StartHostAsync(context, DatabaseEngine.Sqlite);
}

/// <summary>The hostile-input fuzz on PostgreSQL (inconclusive where the tests cannot start one, unless required).</summary>
[TestClass]
public sealed class HostileInputOnPostgreSqlTests : HostileInputTests
{
    [ClassInitialize]
    public static Task StartAsync(TestContext context) => StartHostAsync(context, DatabaseEngine.PostgreSql);
}
