using Microsoft.Data.Sqlite;

namespace Host.Sample.Tests.Erp;

/// <summary>A SQLite file under the temp folder that is deleted with its journal files on dispose.</summary>
internal sealed class TempSqliteFile : IDisposable
{
    public TempSqliteFile()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"erp-{Guid.NewGuid():N}.db");
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path }.ConnectionString;
    }

    public string Path { get; }

    public string ConnectionString { get; }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        // Pooled connections keep the file open; Windows refuses to delete an open file.
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-journal", "-wal", "-shm" })
        {
            File.Delete(Path + suffix);
        }
    }
}
