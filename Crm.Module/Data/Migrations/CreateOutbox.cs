using FluentMigrator;

namespace Crm.Module.Data.Migrations;

/// <summary>
/// <c>crm_outbox</c>: events written in the same transaction as the change that raised them and
/// delivered from here after commit. <c>next_attempt_at</c> is when the row is next due and NULL
/// once nothing more will happen to it (delivered, or dead after the last attempt), so the
/// dispatcher's index holds only the undelivered rows' due times in range.
/// </summary>
[Migration(2026_11_24_0002, "crm_outbox: transactional outbox of CRM events")]
[Tags(CrmVersionTable.Tag)]
public sealed class CreateOutbox : Migration
{
    public override void Up()
    {
        Create.Table("crm_outbox")
            .WithColumn("id").AsInt64().NotNullable().PrimaryKey("pk_crm_outbox").Identity()
            .WithColumn("event_id").AsString(36).NotNullable().Unique("ux_crm_outbox_event_id")
            .WithColumn("event_type").AsString(200).NotNullable()
            .WithColumn("payload").AsString(int.MaxValue).NotNullable()
            .WithColumn("occurred_at").AsDateTime2().NotNullable()
            .WithColumn("attempts").AsInt32().NotNullable()
            .WithColumn("next_attempt_at").AsDateTime2().Nullable()
            .WithColumn("locked_until").AsDateTime2().Nullable()
            .WithColumn("locked_by").AsString(100).Nullable()
            .WithColumn("delivered_at").AsDateTime2().Nullable()
            .WithColumn("dead_at").AsDateTime2().Nullable()
            .WithColumn("last_error").AsString(2000).Nullable();

        Create.Index("ix_crm_outbox_due").OnTable("crm_outbox").OnColumn("next_attempt_at").Ascending().OnColumn("id").Ascending();
    }

    public override void Down() => Delete.Table("crm_outbox");
}
