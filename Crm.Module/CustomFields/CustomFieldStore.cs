using System.Data.Common;
using Crm.Abstractions.Common;
using Crm.Abstractions.CustomFields;
using Crm.Module.Data;
using Dapper;

namespace Crm.Module.CustomFields;

/// <summary>Reads and writes a record's custom field values and version inside the caller's transaction.</summary>
internal sealed class CustomFieldStore(CustomFieldSql sql)
{
    /// <summary>Length of the indexed prefix of a text value (see the migration).</summary>
    public const int TextKeyLength = 400;

    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(DbConnection connection, DbTransaction? transaction, CustomFieldEntity entity, string key, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<(string Code, string Text)>(new CommandDefinition(CustomFieldSql.Values, new { entity = entity.ToString(), key }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Code, r => r.Text, StringComparer.Ordinal);
    }

    /// <summary>The record's custom field version; 0 when nothing was ever stored.</summary>
    public static async Task<int> ReadVersionAsync(DbConnection connection, DbTransaction? transaction, CustomFieldEntity entity, string key, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<int?>(new CommandDefinition(CustomFieldSql.Version, new { entity = entity.ToString(), key }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false) ?? 0;

    /// <summary>
    /// Writes <paramref name="values"/> (null deletes) and moves the version on from
    /// <paramref name="version"/>; a version someone else moved meanwhile writes nothing the caller
    /// keeps: the conflict is thrown inside the transaction, which the caller then does not commit.
    /// </summary>
    /// <returns>The new version.</returns>
    public async Task<int> WriteAsync(DbConnection connection, DbTransaction transaction, CustomFieldEntity entity, string key, IReadOnlyDictionary<string, CustomFieldValue?> values, int version, CancellationToken cancellationToken)
    {
        var entityName = entity.ToString();
        var sqlVersion = version == 0 ? sql.FirstVersion : CustomFieldSql.NextVersion;
        var moved = await connection.ExecuteAsync(new CommandDefinition(sqlVersion, new { entity = entityName, key, version }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (moved != 1)
        {
            throw new CrmConflictException("customFields", key, version);
        }

        foreach (var (code, value) in values)
        {
            await connection.ExecuteAsync(new CommandDefinition(CustomFieldSql.Delete, new { entity = entityName, key, code }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (value is null)
            {
                continue;
            }

            var parameters = new
            {
                entity = entityName,
                key,
                code,
                text = value.Text,
                textKey = value.Text.Length > TextKeyLength ? value.Text[..TextKeyLength] : value.Text,
                number = value.Number,
                date = value.Date is { } date ? DbValues.ToParameter(date) : (DateTime?)null,
            };
            await connection.ExecuteAsync(new CommandDefinition(CustomFieldSql.Insert, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        return version + 1;
    }
}
