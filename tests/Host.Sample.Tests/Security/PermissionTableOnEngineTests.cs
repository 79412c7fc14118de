using Crm.Abstractions.Erp;

namespace Host.Sample.Tests.Security;

/// <summary>The permission walk on the host's embedded SQLite file.</summary>
[TestClass]
public sealed class PermissionTableOnSqliteTests : PermissionTableTests
{
    [ClassInitialize]
    public static Task StartAsync(TestContext context) => StartHostAsync(context, DatabaseEngine.Sqlite);
}

/// <summary>The permission walk on PostgreSQL (inconclusive where the tests cannot start one, unless required).</summary>
[TestClass]
public sealed class PermissionTableOnPostgreSqlTests : PermissionTableTests
{
    [ClassInitialize]
    public static Task StartAsync(TestContext context) => StartHostAsync(context, DatabaseEngine.PostgreSql);
}
