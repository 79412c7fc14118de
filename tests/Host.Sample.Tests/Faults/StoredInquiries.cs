using System.Data.Common;
using Dapper;

namespace Host.Sample.Tests.Faults;

/// <summary>What the database holds of the inquiries a test logged, found by their unique subjects.</summary>
internal static class StoredInquiries
{
    /// <summary>
    /// Per subject: how many inquiries carry it, and of each, whether its "Logged" timeline row and its
    /// InquiryLogged event are there (exactly one each).
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, Stored>> ReadAsync(DbConnection connection, string subjectPrefix)
    {
        var rows = (await connection.QueryAsync<(long Id, string Number, string Subject)>(
            "SELECT id, number, subject FROM crm_inquiries WHERE subject LIKE @prefix",
            new { prefix = subjectPrefix + "%" })).ToList();
        var result = new Dictionary<string, Stored>(StringComparer.Ordinal);
        foreach (var group in rows.GroupBy(r => r.Subject, StringComparer.Ordinal))
        {
            var whole = true;
            foreach (var row in group)
            {
                var timeline = await connection.ExecuteScalarAsync<long>(
                    "SELECT COUNT(*) FROM crm_inquiry_timeline WHERE inquiry_id = @Id AND kind = 'Logged'", new { row.Id });
                var events = await connection.ExecuteScalarAsync<long>(
                    "SELECT COUNT(*) FROM crm_outbox WHERE event_type LIKE '%.InquiryLogged' AND payload LIKE @number",
                    new { number = "%\"" + row.Number + "\"%" });
                whole &= timeline == 1 && events == 1;
            }

            result[group.Key] = new Stored(group.Count(), whole);
        }

        return result;
    }

    /// <summary>Events not yet delivered (and not given up on).</summary>
    public static Task<long> UndeliveredAsync(DbConnection connection) =>
        connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_outbox WHERE delivered_at IS NULL AND dead_at IS NULL");

    /// <param name="Count">Inquiries with this subject.</param>
    /// <param name="Whole">Each has its timeline row and its event.</param>
    internal sealed record Stored(int Count, bool Whole);
}
