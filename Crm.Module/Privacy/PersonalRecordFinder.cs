using System.Data.Common;
using Crm.Module.Data.Dialects;
using Crm.Module.Sales.Leads;
using Dapper;

namespace Crm.Module.Privacy;

/// <summary>Finds the records that hold personal data about a subject (see <see cref="PersonalData"/>).</summary>
internal sealed class PersonalRecordFinder(ISqlDialect dialect)
{
    /// <returns>Null when the subject is a lead that does not exist.</returns>
    public async Task<PersonalRecords?> FindAsync(DbConnection connection, DbTransaction? transaction, PrivacySubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        switch (subject)
        {
            case LeadSubject lead:
                var exists = await connection.ExecuteScalarAsync<long>(Command("SELECT COUNT(*) FROM crm_leads WHERE id = @id", new { id = lead.LeadId }, transaction, cancellationToken)).ConfigureAwait(false);
                return exists == 0 ? null : await ForLeadsAsync(connection, transaction, [lead.LeadId], [], cancellationToken).ConfigureAwait(false);
            case ContactSubject { Email: { } email }:
                // Leads are matched by the same key duplicate detection uses; prospects keep no key, only the address.
                var leadIds = await IdsAsync(connection, transaction, "SELECT id FROM crm_leads WHERE email_key = @key", new { key = MatchKeys.Email(email) }, cancellationToken).ConfigureAwait(false);
                var prospects = await IdsAsync(connection, transaction, "SELECT id FROM crm_prospects WHERE LOWER(email) = @address", new { address = email.Trim().ToLowerInvariant() }, cancellationToken).ConfigureAwait(false);
                return await ForLeadsAsync(connection, transaction, leadIds, prospects, cancellationToken).ConfigureAwait(false);
            case ContactSubject { Name: { } name }:
                var named = await IdsAsync(connection, transaction, "SELECT id FROM crm_leads WHERE contact_name = @name", new { name }, cancellationToken).ConfigureAwait(false);
                var namedProspects = await IdsAsync(connection, transaction, "SELECT id FROM crm_prospects WHERE contact_name = @name", new { name }, cancellationToken).ConfigureAwait(false);
                var records = await ForLeadsAsync(connection, transaction, named, namedProspects, cancellationToken).ConfigureAwait(false);
                var inquiries = (await connection.QueryAsync<(long Id, string Number)>(Command(
                    "SELECT id, number FROM crm_inquiries WHERE contact_name = @name ORDER BY id", new { name }, transaction, cancellationToken)).ConfigureAwait(false))
                    .Select(i => new InquiryKey(i.Id, i.Number)).ToList();
                return records with
                {
                    Inquiries = inquiries,
                    ActivityIds = [.. records.ActivityIds.Union(await ActivitiesOfInquiriesAsync(connection, transaction, inquiries, cancellationToken).ConfigureAwait(false)).Order()],
                };
            default:
                throw new ArgumentException($"A subject of kind {subject.GetType().Name} is not known.", nameof(subject));
        }
    }

    /// <summary>The records of inquiries picked by a retention rule: the inquiries and the activities about them.</summary>
    public async Task<PersonalRecords> ForInquiriesAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<InquiryKey> inquiries, CancellationToken cancellationToken) =>
        new([], [], inquiries, await ActivitiesOfInquiriesAsync(connection, transaction, inquiries, cancellationToken).ConfigureAwait(false));

    /// <summary>The records of leads: the leads, those merged into them, their prospects and the activities about them.</summary>
    public async Task<PersonalRecords> ForLeadsAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyList<long> leadIds, IReadOnlyList<long> prospectIds, CancellationToken cancellationToken)
    {
        if (leadIds.Count == 0)
        {
            return new([], [.. prospectIds.Order()], [], []);
        }

        // Merging points every lead merged away at the survivor (never at another merged lead), so one level finds them all.
        var parameters = new { ids = leadIds.ToArray() };
        var merged = await IdsAsync(connection, transaction, $"SELECT id FROM crm_leads WHERE {dialect.InList("merged_into_id", "@ids")}", parameters, cancellationToken).ConfigureAwait(false);
        var leads = leadIds.Union(merged).Order().ToArray();
        var all = new { ids = leads };
        var prospects = await IdsAsync(connection, transaction, $"SELECT id FROM crm_prospects WHERE {dialect.InList("lead_id", "@ids")}", all, cancellationToken).ConfigureAwait(false);
        var activities = await IdsAsync(connection, transaction, $"SELECT id FROM crm_activities WHERE {dialect.InList("lead_id", "@ids")}", all, cancellationToken).ConfigureAwait(false);
        return new(leads, [.. prospects.Union(prospectIds).Order()], [], [.. activities.Order()]);
    }

    private async Task<IReadOnlyList<long>> ActivitiesOfInquiriesAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyList<InquiryKey> inquiries, CancellationToken cancellationToken) =>
        inquiries.Count == 0
            ? []
            : await IdsAsync(
                connection, transaction, $"SELECT id FROM crm_activities WHERE {dialect.InList("inquiry_number", "@numbers")}", new { numbers = inquiries.Select(i => i.Number).ToArray() }, cancellationToken)
                .ConfigureAwait(false);

    private static async Task<IReadOnlyList<long>> IdsAsync(DbConnection connection, DbTransaction? transaction, string sql, object parameters, CancellationToken cancellationToken) =>
        [.. await connection.QueryAsync<long>(Command(sql, parameters, transaction, cancellationToken)).ConfigureAwait(false)];

    private static CommandDefinition Command(string sql, object parameters, DbTransaction? transaction, CancellationToken cancellationToken) =>
        new(sql, parameters, transaction, cancellationToken: cancellationToken);
}
