using Crm.Module.Data.Dialects;

namespace Crm.Module.CustomFields;

/// <summary>The SQL of the custom field tables. Entities are stored by their enum name, keys as text.</summary>
internal sealed class CustomFieldSql(ISqlDialect dialect)
{
    public const string Values = "SELECT code AS Code, text_value AS Text FROM crm_custom_field_values WHERE entity = @entity AND record_key = @key";

    public const string Version = "SELECT version FROM crm_custom_field_records WHERE entity = @entity AND record_key = @key";

    public const string Delete = "DELETE FROM crm_custom_field_values WHERE entity = @entity AND record_key = @key AND code = @code";

    public const string Insert =
        "INSERT INTO crm_custom_field_values (entity, record_key, code, text_value, text_key, number_value, date_value) " +
        "VALUES (@entity, @key, @code, @text, @textKey, @number, @date)";

    public const string NextVersion =
        "UPDATE crm_custom_field_records SET version = version + 1 WHERE entity = @entity AND record_key = @key AND version = @version";

    /// <summary>The first version of a record; a concurrent first write makes it insert nothing.</summary>
    public string FirstVersion { get; } = dialect.InsertIfAbsent(
        "crm_custom_field_records", "entity, record_key, version", "@entity, @key, 1", "entity = @entity AND record_key = @key");

    public ISqlDialect Dialect => dialect;
}
