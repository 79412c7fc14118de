using Crm.Abstractions.Erp;

namespace Crm.Module.Tests.Events;

[TestClass]
public sealed class OutboxOnSqliteTests : OutboxContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

[TestClass]
public sealed class OutboxOnPostgresTests : OutboxContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;
}

[TestClass]
public sealed class OutboxOnSqlServerTests : OutboxContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.SqlServer;
}
