using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Crm.Testing.Databases;

namespace Crm.Module.Tests.Harness;

/// <summary>A hash over every row of the ERP's tables: equal before and after means nothing was written.</summary>
internal static class ErpFingerprint
{
    public static async Task<string> TakeAsync(TestDatabase database, IEnumerable<string> tables)
    {
        await using var connection = await database.OpenConnectionAsync();
        var text = new StringBuilder();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {EngineSql.Quote(database.Engine, table)}";
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                var values = new object[reader.FieldCount];
                reader.GetValues(values);
                rows.Add(string.Join('|', values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))));
            }

            rows.Sort(StringComparer.Ordinal);
            text.Append(table).Append(':').Append(rows.Count).AppendLine();
            rows.ForEach(r => text.AppendLine(r));
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
