using Crm.Module.Data.Dialects;

namespace Crm.Module.Erp.Mapping;

/// <summary>
/// One mapped ERP table while its view is being built: translates its settings to SQL, enforces
/// which are required, and records a probe per setting so start-up validation can name the
/// setting that the database rejects.
/// </summary>
internal sealed class MappedTable
{
    private readonly ISqlDialect _dialect;
    private readonly List<MappingProbe> _probes;

    public MappedTable(ISqlDialect dialect, string section, TableMapping mapping, List<MappingProbe> probes)
    {
        _dialect = dialect;
        _probes = probes;
        Section = section;
        var table = Require("Table", mapping.Table);
        if (MappedSql.IsExpression(table))
        {
            throw new ErpMappingException(Setting("Table"), "must be a table or view name, not an expression.");
        }

        Name = dialect.QuoteQualified(table);
        _probes.Add(new MappingProbe(Setting("Table"), $"SELECT 1 FROM {Name} WHERE 1 = 0"));
        Filter = "1 = 1";
        if (!string.IsNullOrWhiteSpace(mapping.Filter))
        {
            Filter = MappedSql.Translate(dialect, Setting("Filter"), mapping.Filter);
            _probes.Add(new MappingProbe(Setting("Filter"), $"SELECT 1 FROM {Name} WHERE {Filter} AND 1 = 0"));
        }
    }

    public string Section { get; }

    /// <summary>The quoted table name, usable as a qualifier in correlated subqueries.</summary>
    public string Name { get; }

    public string Filter { get; }

    public string Setting(string field) => $"{ErpMappingOptions.SectionName}:{Section}:{field}";

    public string Require(string field, string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new ErpMappingException(Setting(field), "is required but empty.")
            : value;

    /// <summary>A required field (column or expression).</summary>
    public string Field(string field, string? value) => Translate(field, Require(field, value), null);

    /// <summary>An optional field; <paramref name="fallback"/> when the ERP does not have it.</summary>
    public string Optional(string field, string? value, string fallback = "NULL") =>
        string.IsNullOrWhiteSpace(value) ? fallback : Translate(field, value, null);

    /// <summary>A required plain column (keys and links must be columns so they can be indexed and correlated).</summary>
    public string Column(string field, string? value, string? qualifier = null)
    {
        var column = Require(field, value);
        if (MappedSql.IsExpression(column))
        {
            throw new ErpMappingException(Setting(field), "must be a column name, not an expression.");
        }

        return Translate(field, column, qualifier);
    }

    public static ErpKey Key(string setting, ErpKeyType type, int length) =>
        type == ErpKeyType.FixedText && length <= 0
            ? throw new ErpMappingException(setting + "Length", "must be the column's fixed length (greater than 0) when KeyType is FixedText.")
            : new ErpKey(type, length);

    private string Translate(string field, string value, string? qualifier)
    {
        var sql = MappedSql.Translate(_dialect, Setting(field), value, qualifier);
        var probeColumn = qualifier is null ? sql : MappedSql.Translate(_dialect, Setting(field), value);
        _probes.Add(new MappingProbe(Setting(field), $"SELECT {probeColumn} FROM {Name} WHERE 1 = 0"));
        return sql;
    }
}
