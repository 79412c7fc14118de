using System.Data.Common;
using Crm.Abstractions.Erp;
using Microsoft.Data.Sqlite;

namespace Crm.Testing.Databases;

/// <summary>A new SQLite file in the temp folder.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private SqliteTestDatabase(string path)
        : base(path, new SqliteConnectionStringBuilder
        {
            DataSource = path,

            // A pooled connection keeps the file open, and an open file cannot be deleted on Windows
            // nor reliably re-created under the same name; opening a SQLite file is cheap anyway.
            Pooling = false,
        }.ConnectionString)
    {
    }

    public override DatabaseEngine Engine => DatabaseEngine.Sqlite;

    /// <summary>The database file; it appears on the first open.</summary>
    public string FilePath => Name;

    public static SqliteTestDatabase Create() => new(Path.Combine(Path.GetTempPath(), UniqueName() + ".db"));

    public override DbConnection CreateConnection() => new SqliteConnection(ConnectionString);

    private protected override ValueTask DropAsync()
    {
        foreach (var suffix in new[] { string.Empty, "-journal", "-wal", "-shm" })
        {
            File.Delete(FilePath + suffix);
        }

        return ValueTask.CompletedTask;
    }
}
