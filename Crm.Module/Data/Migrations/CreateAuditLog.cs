using FluentMigrator;

namespace Crm.Module.Data.Migrations;

/// <summary>
/// The audit log. <c>crm_audit_log</c>: one entry per change of a CRM record, chained by hash to
/// the entry before it; <c>seq</c> is assigned under the lock of <c>crm_audit_head</c> (not an
/// identity), so the chain is dense and in commit order. <c>changes_hash</c> is kept apart from
/// <c>changes</c> so that an erasure can redact the values without breaking the chain.
/// <c>crm_audit_head</c>: the one row with the chain's last entry, locked by every writer until it
/// commits. <c>crm_audit_states</c>: the last audited state of each record, which the next change
/// is compared with (old values).
/// </summary>
[Migration(2026_11_24_0801, "crm_audit_log, crm_audit_head, crm_audit_states")]
[Tags(CrmVersionTable.Tag)]
public sealed class CreateAuditLog : Migration
{
    public override void Up()
    {
        Create.Table("crm_audit_log")
            .WithColumn("seq").AsInt64().NotNullable().PrimaryKey("pk_crm_audit_log")
            .WithColumn("occurred_at").AsDateTime2().NotNullable()
            .WithColumn("user_name").AsString(100).NotNullable()
            .WithColumn("action").AsString(100).NotNullable()
            .WithColumn("entity").AsString(20).NotNullable()
            .WithColumn("record_key").AsString(200).NotNullable()
            .WithColumn("changes").AsString(int.MaxValue).NotNullable()
            .WithColumn("changes_hash").AsString(64).NotNullable()
            .WithColumn("previous_hash").AsString(64).NotNullable()
            .WithColumn("hash").AsString(64).NotNullable()
            .WithColumn("redacted_at").AsDateTime2().Nullable();
        Create.Index("ix_crm_audit_log_record").OnTable("crm_audit_log")
            .OnColumn("entity").Ascending().OnColumn("record_key").Ascending().OnColumn("seq").Ascending();
        Create.Index("ix_crm_audit_log_user").OnTable("crm_audit_log")
            .OnColumn("user_name").Ascending().OnColumn("seq").Ascending();

        Create.Table("crm_audit_head")
            .WithColumn("id").AsInt32().NotNullable().PrimaryKey("pk_crm_audit_head")
            .WithColumn("last_seq").AsInt64().NotNullable()
            .WithColumn("last_hash").AsString(64).NotNullable();
        Insert.IntoTable("crm_audit_head").Row(new { id = 1, last_seq = 0L, last_hash = new string('0', 64) });

        Create.Table("crm_audit_states")
            .WithColumn("entity").AsString(20).NotNullable().PrimaryKey("pk_crm_audit_states")
            .WithColumn("record_key").AsString(200).NotNullable().PrimaryKey("pk_crm_audit_states")
            .WithColumn("state").AsString(int.MaxValue).NotNullable();
    }

    public override void Down()
    {
        Delete.Table("crm_audit_states");
        Delete.Table("crm_audit_head");
        Delete.Table("crm_audit_log");
    }
}
