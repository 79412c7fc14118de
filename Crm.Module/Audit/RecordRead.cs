using Dapper;

namespace Crm.Module.Audit;

/// <summary>
/// The reads of an audited record's current fields (<see cref="AuditedTables.Read"/>): statements to
/// send in one command with others, and how to read their results back in the same order.
/// </summary>
internal sealed record RecordRead(IReadOnlyList<string> Statements, IReadOnlyDictionary<string, object> Parameters, AuditColumn[]? Columns, bool HasCustomFields)
{
    /// <summary>The record's current fields with a value, in column order and then by custom field code.</summary>
    public async Task<Dictionary<string, string>> ReadAsync(SqlMapper.GridReader results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Columns is not null)
        {
            var row = await results.ReadSingleOrDefaultAsync().ConfigureAwait(false);
            if (row is IDictionary<string, object> values)
            {
                foreach (var column in Columns)
                {
                    if (column.Text(values[column.Name]) is { } text)
                    {
                        fields[column.Field] = text;
                    }
                }
            }
        }

        if (HasCustomFields)
        {
            var custom = await results.ReadAsync<(string Code, string Text)>().ConfigureAwait(false);
            foreach (var (code, text) in custom.OrderBy(c => c.Code, StringComparer.Ordinal))
            {
                fields["customFields." + code] = text;
            }
        }

        return fields;
    }
}
