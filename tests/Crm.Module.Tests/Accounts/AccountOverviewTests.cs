using Crm.Abstractions.Erp;
using Crm.Module.Tests.Shapes;

namespace Crm.Module.Tests.Accounts;

[TestClass]
public sealed class HostSampleOnSqliteAccountOverviewTests : AccountOverviewContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;

    internal override ErpShape CreateShape() => new HostSampleShape();
}

[TestClass]
public sealed class HostSampleOnPostgresAccountOverviewTests : AccountOverviewContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;

    internal override ErpShape CreateShape() => new HostSampleShape();
}

[TestClass]
public sealed class HostSampleOnSqlServerAccountOverviewTests : AccountOverviewContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.SqlServer;

    internal override ErpShape CreateShape() => new HostSampleShape();
}

[TestClass]
public sealed class SapBusinessOneOnSqliteAccountOverviewTests : AccountOverviewContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;

    internal override ErpShape CreateShape() => new SapBusinessOneShapeOracle(Engine);
}

[TestClass]
public sealed class SapBusinessOneOnPostgresAccountOverviewTests : AccountOverviewContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;

    internal override ErpShape CreateShape() => new SapBusinessOneShapeOracle(Engine);
}

[TestClass]
public sealed class SapBusinessOneOnSqlServerAccountOverviewTests : AccountOverviewContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.SqlServer;

    internal override ErpShape CreateShape() => new SapBusinessOneShapeOracle(Engine);
}
