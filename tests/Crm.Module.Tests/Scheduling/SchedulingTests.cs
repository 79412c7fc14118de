using Crm.Abstractions.Erp;

namespace Crm.Module.Tests.Scheduling;

[TestClass]
public sealed class SchedulingOnSqliteTests : SchedulingContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

[TestClass]
public sealed class SchedulingOnPostgresTests : SchedulingContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;
}

[TestClass]
public sealed class SchedulingOnSqlServerTests : SchedulingContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.SqlServer;
}

[TestClass]
public sealed class SchedulingClusterOnPostgresTests : ClusterContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;
}

[TestClass]
public sealed class SchedulingClusterOnSqlServerTests : ClusterContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.SqlServer;
}
