using System.Globalization;
using Crm.Abstractions.Common;
using Crm.Abstractions.CustomFields;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Privacy;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Security;
using Crm.Module.Audit;
using Crm.Module.Events;
using Dapper;

namespace Crm.Module.Tests.Audit;

/// <summary>
/// The audit chain: dense and valid under concurrent writers, a changed or deleted entry found by
/// verify, an erasure that hides the personal values without breaking the chain, and reads that
/// follow the record's rules.
/// </summary>
public abstract class AuditChainContract
{
    private const int Writers = 24;

    private AuditRun? _run;

    protected abstract DatabaseEngine Engine { get; }

    private AuditRun Run => _run!;

    [TestInitialize]
    public async Task StartAsync()
    {
        _run = await AuditRun.StartAsync(Engine);
        Run.SignIn("rep1", CrmRoles.SalesRep);
    }

    [TestCleanup]
    public async Task StopAsync()
    {
        if (_run is not null)
        {
            await _run.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task Concurrent_writers_get_a_dense_sequence_and_a_valid_chain()
    {
        var leads = Run.Resolve<ILeadService>();

        var created = await Task.WhenAll(Enumerable.Range(1, Writers).Select(i => Task.Run(() =>
            leads.CreateAsync(new LeadInput($"Parallel {i} GmbH", $"Contact {i}", $"parallel{i}@example.com", null, "DE")))));
        await Task.WhenAll(created.Select(c => Task.Run(() =>
            leads.UpdateAsync(c.Lead.Id, new LeadInput(c.Lead.Company, c.Lead.ContactName, c.Lead.Email, null, "DE", City: "Ulm"), c.Lead.Version))));

        var seqs = await Run.QueryAsync<long>("SELECT seq FROM crm_audit_log ORDER BY seq");
        CollectionAssert.AreEqual(Enumerable.Range(1, 2 * Writers).Select(i => (long)i).ToArray(), seqs.ToArray(), "one entry per write, numbered without gaps");
        var verification = await Run.VerifyAsync();
        Assert.AreEqual((2L * Writers, true, (long?)null), (verification.Checked, verification.Valid, verification.FirstBrokenSeq));
    }

    [TestMethod]
    public async Task A_changed_entry_is_reported_by_its_seq()
    {
        await WriteSomeAsync();

        await Run.ExecuteAsync("UPDATE crm_audit_log SET changes = @changes WHERE seq = 3", new { changes = """[{"field":"city","old":null,"new":"Nowhere"}]""" });

        var verification = await Run.VerifyAsync();
        Assert.AreEqual((false, (long?)3, 2L), (verification.Valid, verification.FirstBrokenSeq, verification.Checked));
    }

    [TestMethod]
    public async Task A_changed_author_is_reported_by_its_seq()
    {
        await WriteSomeAsync();

        await Run.ExecuteAsync("UPDATE crm_audit_log SET user_name = 'someone-else' WHERE seq = 2");

        Assert.AreEqual((long?)2, (await Run.VerifyAsync()).FirstBrokenSeq);
    }

    [TestMethod]
    public async Task A_deleted_entry_is_reported_by_its_seq_in_the_middle_and_at_the_end()
    {
        await WriteSomeAsync();
        var last = (await Run.VerifyAsync()).LastSeq;

        await Run.ExecuteAsync("DELETE FROM crm_audit_log WHERE seq = @last", new { last });
        Assert.AreEqual((long?)last, (await Run.VerifyAsync()).FirstBrokenSeq, "the head still names the deleted last entry");

        await Run.ExecuteAsync("DELETE FROM crm_audit_log WHERE seq = 2");
        Assert.AreEqual((long?)2, (await Run.VerifyAsync()).FirstBrokenSeq);
    }

    [TestMethod]
    public async Task An_erasure_hides_the_personal_values_and_keeps_the_chain_valid()
    {
        var leads = Run.Resolve<ILeadService>();
        var lead = (await leads.CreateAsync(new LeadInput("Jana Neu Kaffee", "Jana Neu", "jana@neue-kaffee.de", "+49 89 123456", "DE", "80331", "München"))).Lead;
        var moved = await leads.UpdateAsync(lead.Id, new LeadInput("Jana Neu Kaffee", "Jana Neu", "jana.neu@neue-kaffee.de", "+49 89 123456", "DE", "80331", "Augsburg"), lead.Version);
        await leads.ChangeStatusAsync(lead.Id, LeadStatus.Contacted, null, moved.Version);
        var key = lead.Id.ToString(CultureInfo.InvariantCulture);

        await EraseAsync(key);

        var entries = await Run.EntriesAsync(AuditedRecord.Lead, key);
        Assert.AreEqual(4, entries.Count);
        Assert.IsTrue(entries.Take(3).All(e => e.Redacted), "every earlier entry was redacted");
        Assert.Contains(new AuditChange("status", "New", "Contacted"), entries[2].Changes, "what is not personal stays");
        Assert.Contains(new AuditChange("email", AuditRedaction.Erased, AuditRedaction.Erased), entries[1].Changes);
        var erasure = entries[3];
        Assert.AreEqual(("PersonalDataErased", "privacy-officer", false), (erasure.Action, erasure.UserName, erasure.Redacted));
        Assert.Contains(new AuditChange("contactName", AuditRedaction.Erased, "anonymized"), erasure.Changes);
        Assert.Contains(new AuditChange("email", AuditRedaction.Erased, null), erasure.Changes);
        var stored = string.Join(" ", await Run.QueryAsync<string>("SELECT changes FROM crm_audit_log")) + string.Join(" ", await Run.QueryAsync<string>("SELECT state FROM crm_audit_states"));
        foreach (var personal in new[] { "Jana", "neue-kaffee", "123456", "Augsburg" })
        {
            Assert.DoesNotContain(personal, stored, "the audit tables hold no erased value");
        }

        var verification = await Run.VerifyAsync();
        Assert.AreEqual((true, 3L, 4L), (verification.Valid, verification.Redacted, verification.Checked));
    }

    [TestMethod]
    public async Task A_records_entries_are_read_by_whoever_reads_the_record_and_a_users_by_that_user_or_an_Admin()
    {
        var lead = (await Run.Resolve<ILeadService>().CreateAsync(new LeadInput("Own GmbH", "Olga Own", "olga@own.example", null, "DE"))).Lead;
        var key = lead.Id.ToString(CultureInfo.InvariantCulture);
        var log = Run.Resolve<AuditLog>();

        Assert.HasCount(1, (await log.OfRecordAsync(AuditedRecord.Lead, key, 0, 10, CancellationToken.None)).Entries);
        Assert.HasCount(1, (await log.OfUserAsync("rep1", 0, 10, CancellationToken.None)).Entries, "a user reads their own entries");
        Run.SignIn("rep2", CrmRoles.SalesRep);
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => log.OfRecordAsync(AuditedRecord.Lead, key, 0, 10, CancellationToken.None));
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => log.OfUserAsync("rep1", 0, 10, CancellationToken.None));
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Run.Resolve<AuditVerifier>().VerifyAsync(CancellationToken.None));
        Run.SignIn("anna", CrmRoles.SalesManager);
        Assert.HasCount(1, (await log.OfRecordAsync(AuditedRecord.Lead, key, 0, 10, CancellationToken.None)).Entries, "the team's manager");
        await Assert.ThrowsExactlyAsync<CrmNotFoundException>(() => log.OfRecordAsync(AuditedRecord.Lead, "999999", 0, 10, CancellationToken.None));
    }

    [TestMethod]
    public async Task Pages_follow_the_sequence()
    {
        await WriteSomeAsync();
        Run.SignIn("root", CrmRoles.Admin);
        var log = Run.Resolve<AuditLog>();

        var first = await log.OfUserAsync("rep1", 0, 3, CancellationToken.None);
        var rest = await log.OfUserAsync("rep1", first.Next!.Value, 3, CancellationToken.None);

        CollectionAssert.AreEqual(new long[] { 1, 2, 3 }, first.Entries.Select(e => e.Seq).ToArray());
        CollectionAssert.AreEqual(new long[] { 4 }, rest.Entries.Select(e => e.Seq).ToArray());
        Assert.IsNull(rest.Next, "a short page is the last");
    }

    // Four entries by rep1: two leads created, then one of them updated twice.
    private async Task WriteSomeAsync()
    {
        var leads = Run.Resolve<ILeadService>();
        var lead = (await leads.CreateAsync(new LeadInput("Chain GmbH", "Chris Chain", "chris@chain.example", null, "DE"))).Lead;
        await leads.CreateAsync(new LeadInput("Link GmbH", "Lena Link", "lena@link.example", null, "DE"));
        var updated = await leads.UpdateAsync(lead.Id, new LeadInput("Chain GmbH", "Chris Chain", "chris@chain.example", null, "DE", City: "Bonn"), lead.Version);
        await leads.UpdateAsync(lead.Id, new LeadInput("Chain GmbH", "Chris Chain", "chris@chain.example", null, "DE", City: "Kiel"), updated.Version);
    }

    // What the privacy feature's erasure does: anonymize the row, then raise the event, in one transaction.
    private async Task EraseAsync(string key)
    {
        Run.SignIn("privacy-officer", CrmRoles.Admin);
        await using var connection = await Run.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync(
            "UPDATE crm_leads SET company = 'anonymized', contact_name = 'anonymized', email = NULL, phone = NULL, postal_code = NULL, city = NULL, email_key = NULL, phone_key = NULL, company_key = NULL WHERE id = @id",
            new { id = long.Parse(key, CultureInfo.InvariantCulture) },
            transaction);
        var erased = new PersonalDataErased(CustomFieldEntity.Lead, key, "request", "privacy-officer") { EventId = Guid.NewGuid(), OccurredAt = AuditRun.Now };
        await Run.Resolve<IOutbox>().EnqueueAsync(connection, transaction, erased, CancellationToken.None);
        await transaction.CommitAsync();
    }
}

[TestClass]
public sealed class SqliteAuditChainTests : AuditChainContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

[TestClass]
public sealed class PostgresAuditChainTests : AuditChainContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;
}

[TestClass]
public sealed class SqlServerAuditChainTests : AuditChainContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.SqlServer;
}
