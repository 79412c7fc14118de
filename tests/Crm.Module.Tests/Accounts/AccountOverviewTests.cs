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

/// <summary>SAP Business One read with order and invoice totals summed from RDR1 and INV1 instead of the headers' DocTotal.</summary>
[TestClass]
public sealed class SapBusinessOneTotalsFromLinesOnSqliteAccountOverviewTests : AccountOverviewContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;

    protected override IReadOnlyDictionary<string, string?> ExtraSettings { get; } =
        new Dictionary<string, string?> { ["Crm:Erp:Orders:Total"] = "", ["Crm:Erp:Invoices:Total"] = "" };

    internal override ErpShape CreateShape() => new SapBusinessOneShapeOracle(Engine);
}

/// <summary>As above, on PostgreSQL.</summary>
[TestClass]
public sealed class SapBusinessOneTotalsFromLinesOnPostgresAccountOverviewTests : AccountOverviewContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;

    protected override IReadOnlyDictionary<string, string?> ExtraSettings { get; } =
        new Dictionary<string, string?> { ["Crm:Erp:Orders:Total"] = "", ["Crm:Erp:Invoices:Total"] = "" };

    internal override ErpShape CreateShape() => new SapBusinessOneShapeOracle(Engine);
}
