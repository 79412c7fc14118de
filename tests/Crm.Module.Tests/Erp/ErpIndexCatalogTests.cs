using Crm.Abstractions.Erp;
using Crm.Module.Data.Dialects;
using Crm.Module.Erp.Indexes;
using Crm.Module.Erp.Mapping;

namespace Crm.Module.Tests.Erp;

[TestClass]
public sealed class ErpIndexCatalogTests
{
    [TestMethod]
    public void Index_names_hold_only_safe_characters_and_long_ones_stay_distinct()
    {
        var quirky = ErpIndexCatalog.IndexName("dbo.Kunden Stamm$", ["Kunden-Nr.", "Name \"x\"`"], ErpIndexMethod.BTree);
        Assert.AreEqual("ix_crm_kunden_stamm__kunden_nr__name__x__", quirky);

        var longA = ErpIndexCatalog.IndexName("a_very_long_table_name_of_some_erp", ["a_very_long_column_name_one", "first"], ErpIndexMethod.BTree);
        var longB = ErpIndexCatalog.IndexName("a_very_long_table_name_of_some_erp", ["a_very_long_column_name_one", "other"], ErpIndexMethod.BTree);
        Assert.AreEqual(60, longA.Length);
        Assert.AreNotEqual(longA, longB);
        Assert.IsTrue(longA.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'));
    }

    [TestMethod]
    public void Expressions_get_no_index_and_the_ddl_quotes_every_name()
    {
        var mapping = new ErpMappingOptions();
        mapping.Customers.Table = "Kunden Stamm";
        mapping.Customers.Key = "Nr`1";
        mapping.Customers.Name = "sql:[Vorname] || ' ' || [Nachname]";
        mapping.Orders.Table = "Aufträge";
        mapping.Orders.CustomerKey = "Kunde";
        mapping.Orders.OrderDate = "Datum";
        mapping.Orders.Total = "Summe";

        var needs = ErpIndexCatalog.For(mapping, DatabaseEngine.Sqlite);

        Assert.IsFalse(needs.Any(n => n.Columns.Any(c => c.StartsWith("sql:", StringComparison.Ordinal))), "an expression is no column");
        Assert.IsFalse(needs.Any(n => n.Table.Length == 0));
        var key = needs.Single(n => n.Columns.SequenceEqual(["Nr`1"]));
        Assert.AreEqual("CREATE INDEX IF NOT EXISTS `ix_crm_kunden_stamm_nr_1` ON `Kunden Stamm` (`Nr``1`)", ErpIndexDdl.For(key, SqlDialects.For(DatabaseEngine.Sqlite)));
        Assert.AreEqual(
            "CREATE INDEX CONCURRENTLY IF NOT EXISTS \"ix_crm_kunden_stamm_nr_1\" ON \"Kunden Stamm\" (\"Nr`1\")",
            ErpIndexDdl.For(key, SqlDialects.For(DatabaseEngine.PostgreSql)));
        Assert.AreEqual("CREATE INDEX [ix_crm_kunden_stamm_nr_1] ON [Kunden Stamm] ([Nr`1])", ErpIndexDdl.For(key, SqlDialects.For(DatabaseEngine.SqlServer)));
    }

    [TestMethod]
    public void A_name_the_catalog_would_not_build_never_reaches_ddl()
    {
        var forged = new ErpIndexNeed("ix_crm_x; DROP TABLE erp_orders", "erp_orders", ["order_date"], ErpIndexMethod.BTree, "why");
        Assert.ThrowsExactly<ArgumentException>(() => ErpIndexDdl.For(forged, SqlDialects.For(DatabaseEngine.Sqlite)));
    }
}
