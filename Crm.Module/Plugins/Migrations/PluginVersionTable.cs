using FluentMigrator.Runner.VersionTableInfo;

namespace Crm.Module.Plugins.Migrations;

/// <summary>A plugin's migration history, <c>&lt;prefix&gt;versions</c>, apart from the add-on's and every other plugin's.</summary>
internal sealed class PluginVersionTable(string prefix) : IVersionTableMetaData
{
    public bool OwnsSchema => false;

    public string SchemaName => string.Empty;

    public string TableName => prefix + "versions";

    public string ColumnName => "version";

    public string DescriptionColumnName => "description";

    public string UniqueIndexName => "ux_" + prefix + "versions";

    public string AppliedOnColumnName => "applied_on";

    // As in CrmVersionTable: a primary key named like the unique index would clash on server databases.
    public bool CreateWithPrimaryKey => false;
}
