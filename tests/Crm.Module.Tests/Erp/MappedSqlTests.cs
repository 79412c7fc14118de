using Crm.Module.Data.Dialects;
using Crm.Module.Erp.Mapping;

namespace Crm.Module.Tests.Erp;

[TestClass]
public sealed class MappedSqlTests
{
    private static readonly ISqlDialect Postgres = new PostgresDialect();
    private static readonly ISqlDialect Sqlite = new SqliteDialect();
    private static readonly ISqlDialect SqlServer = new SqlServerDialect();

    [TestMethod]
    public void A_column_name_is_always_quoted_whatever_it_contains()
    {
        Assert.AreEqual("\"Kd Nr\"", MappedSql.Translate(Postgres, "s", "Kd Nr"));
        Assert.AreEqual("\"Doc$Total\"", MappedSql.Translate(Postgres, "s", "Doc$Total"));
        Assert.AreEqual("[Name [lang]]]", MappedSql.Translate(SqlServer, "s", "Name [lang]"));
        Assert.AreEqual("`Name`", MappedSql.Translate(Sqlite, "s", "Name"));
    }

    [TestMethod]
    public void A_column_name_cannot_close_its_quotes_and_smuggle_sql()
    {
        Assert.AreEqual("\"x\"\"; DROP TABLE t; --\"", MappedSql.Translate(Postgres, "s", "x\"; DROP TABLE t; --"));
        Assert.AreEqual("[x]]; DROP TABLE t; --]", MappedSql.Translate(SqlServer, "s", "x]; DROP TABLE t; --"));
        Assert.AreEqual("`x``; DROP TABLE t; --`", MappedSql.Translate(Sqlite, "s", "x`; DROP TABLE t; --"));
    }

    [TestMethod]
    public void Bracketed_names_in_an_expression_become_the_dialects_quoted_identifiers()
    {
        Assert.AreEqual("(\"DocTotal\" - \"PaidToDate\")", MappedSql.Translate(Postgres, "s", "sql:[DocTotal] - [PaidToDate]"));
        Assert.AreEqual("([DocTotal] - [PaidToDate])", MappedSql.Translate(SqlServer, "s", "sql:[DocTotal] - [PaidToDate]"));
        Assert.AreEqual("(\"OINV\".\"DocEntry\")", MappedSql.Translate(Postgres, "s", "sql:[OINV].[DocEntry]"));
    }

    [TestMethod]
    public void Brackets_inside_string_literals_are_left_alone()
    {
        Assert.AreEqual("(\"Code\" = '[x]')", MappedSql.Translate(Postgres, "s", "sql:[Code] = '[x]'"));
    }

    [TestMethod]
    public void A_column_is_qualified_when_asked()
    {
        Assert.AreEqual("\"ORDR\".\"DocEntry\"", MappedSql.Translate(Postgres, "s", "DocEntry", "\"ORDR\""));
    }

    [TestMethod]
    [DataRow("sql:[a]; DELETE FROM x", "';'")]
    [DataRow("sql:[a] -- comment", "comments")]
    [DataRow("sql:[a] /* comment */", "comments")]
    [DataRow("sql:[a", "not closed")]
    [DataRow("sql:'open", "not closed")]
    [DataRow("sql:", "empty")]
    [DataRow("sql:[]", "empty name")]
    [DataRow("sql:(SELECT 1 AS \"'\")); DROP TABLE t; SELECT ((SELECT 1 AS \"'\")", "'\"'")]
    [DataRow("sql:(SELECT 1 AS `'`)); DROP TABLE t; SELECT ((SELECT 1 AS `'`)", "'`'")]
    [DataRow("sql:$$'$$); DROP TABLE t; SELECT ($$'$$", "'$'")]
    [DataRow("sql:E'\\'') ; DROP TABLE t; SELECT (E'\\''", "'\\'")]
    public void A_malformed_expression_names_its_setting(string value, string problem)
    {
        var e = Assert.ThrowsExactly<ErpMappingException>(() => MappedSql.Translate(Postgres, "Crm:Erp:Invoices:Open", value));
        Assert.AreEqual("Crm:Erp:Invoices:Open", e.Setting);
        StringAssert.Contains(e.Message, "Crm:Erp:Invoices:Open");
        StringAssert.Contains(e.Message, problem);
    }
}
