using FluentMigrator.Runner.VersionTableInfo;

namespace Host.Sample.Erp.Schema;

/// <summary>
/// The ERP's own migration history table. FluentMigrator's default name (VersionInfo) would be
/// shared with every other FluentMigrator user of the database, such as the CRM add-on.
/// </summary>
public sealed class ErpVersionTable : IVersionTableMetaData
{
    public bool OwnsSchema => false;

    public string SchemaName => string.Empty;

    public string TableName => "erp_schema_version";

    public string ColumnName => "version";

    public string DescriptionColumnName => "description";

    public string UniqueIndexName => "ux_erp_schema_version";

    public string AppliedOnColumnName => "applied_on";

    // FluentMigrator would name the primary key like the unique index it always creates; on
    // PostgreSQL and SQL Server both are relations of that name, so the second one fails.
    public bool CreateWithPrimaryKey => false;
}
