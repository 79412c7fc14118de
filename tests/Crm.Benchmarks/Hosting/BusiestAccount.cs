using Crm.Benchmarks.Setup;

namespace Crm.Benchmarks.Hosting;

/// <summary>The account with the most orders, the one the hot paths look at (see <see cref="AddOnBenchmark"/>).</summary>
internal static class BusiestAccount
{
    public static async Task<string> FindAsync(BenchmarkTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var connection = new GeneratedDatabase(target.Engine, target.ConnectionString).CreateConnection();
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync().ConfigureAwait(false);
            using var command = RawCommand.Create(connection, "SELECT customer_no FROM erp_orders GROUP BY customer_no ORDER BY COUNT(*) DESC, customer_no LIMIT 1", new Dictionary<string, object?>());
            return (string)(await command.ExecuteScalarAsync().ConfigureAwait(false))!;
        }
    }
}
