using FluentMigrator.Runner.VersionTableInfo;

namespace Crm.Module.Data.Migrations;

/// <summary>
/// The add-on's own migration history table, apart from the ERP's and from each plugin's, so that
/// several FluentMigrator users can share one database.
/// </summary>
internal sealed class CrmVersionTable : IVersionTableMetaData
{
    /// <summary>Tag on every add-on migration; the runner applies only tagged ones.</summary>
    public const string Tag = "crm";

    public bool OwnsSchema => false;

    public string SchemaName => string.Empty;

    public string TableName => "crm_schema_version";

    public string ColumnName => "version";

    public string DescriptionColumnName => "description";

    public string UniqueIndexName => "ux_crm_schema_version";

    public string AppliedOnColumnName => "applied_on";

    // FluentMigrator names the primary key like the unique index it creates anyway; on PostgreSQL
    // and SQL Server both are relations of one name, so the second would fail.
    public bool CreateWithPrimaryKey => false;
}
