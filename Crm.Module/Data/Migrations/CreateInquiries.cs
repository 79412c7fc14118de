using FluentMigrator;

namespace Crm.Module.Data.Migrations;

/// <summary>
/// Inquiries, their timelines, and <c>crm_sequences</c> (gap-tolerant counters for readable numbers
/// and round-robin routing, shared by every host on the database).
/// </summary>
[Migration(2026_11_24_0003, "crm_inquiries, crm_inquiry_timeline, crm_sequences")]
[Tags(CrmVersionTable.Tag)]
public sealed class CreateInquiries : Migration
{
    public override void Up()
    {
        Create.Table("crm_sequences")
            .WithColumn("name").AsString(100).NotNullable().PrimaryKey("pk_crm_sequences")
            .WithColumn("value").AsInt64().NotNullable();

        Create.Table("crm_inquiries")
            .WithColumn("id").AsInt64().NotNullable().PrimaryKey("pk_crm_inquiries").Identity()
            .WithColumn("number").AsString(30).NotNullable().Unique("ux_crm_inquiries_number")
            .WithColumn("account_key").AsString(100).NotNullable()
            .WithColumn("subject").AsString(200).NotNullable()
            .WithColumn("body").AsString(4000).Nullable()
            .WithColumn("channel").AsString(20).NotNullable()
            .WithColumn("contact_name").AsString(200).Nullable()
            .WithColumn("order_key").AsString(100).Nullable()
            .WithColumn("invoice_key").AsString(100).Nullable()
            .WithColumn("category").AsString(50).NotNullable()
            .WithColumn("priority").AsString(20).NotNullable()
            .WithColumn("status").AsString(30).NotNullable()
            .WithColumn("team").AsString(50).Nullable()
            .WithColumn("assignee").AsString(100).Nullable()
            .WithColumn("due_date").AsDate().Nullable()
            .WithColumn("fr_target_seconds").AsInt64().NotNullable()
            .WithColumn("fr_due_at").AsDateTime2().NotNullable()
            .WithColumn("fr_at_risk_at").AsDateTime2().NotNullable()
            .WithColumn("fr_paused_at").AsDateTime2().Nullable()
            .WithColumn("fr_met_at").AsDateTime2().Nullable()
            .WithColumn("res_target_seconds").AsInt64().NotNullable()
            .WithColumn("res_due_at").AsDateTime2().NotNullable()
            .WithColumn("res_at_risk_at").AsDateTime2().NotNullable()
            .WithColumn("res_paused_at").AsDateTime2().Nullable()
            .WithColumn("res_met_at").AsDateTime2().Nullable()
            .WithColumn("resolution_note").AsString(4000).Nullable()
            .WithColumn("created_at").AsDateTime2().NotNullable()
            .WithColumn("created_by").AsString(100).NotNullable()
            .WithColumn("updated_at").AsDateTime2().NotNullable()
            .WithColumn("updated_by").AsString(100).NotNullable()
            .WithColumn("version").AsInt32().NotNullable();

        Create.Index("ix_crm_inquiries_account").OnTable("crm_inquiries").OnColumn("account_key").Ascending().OnColumn("status").Ascending();
        Create.Index("ix_crm_inquiries_order").OnTable("crm_inquiries").OnColumn("order_key").Ascending();
        Create.Index("ix_crm_inquiries_invoice").OnTable("crm_inquiries").OnColumn("invoice_key").Ascending();
        Create.Index("ix_crm_inquiries_assignee").OnTable("crm_inquiries").OnColumn("assignee").Ascending().OnColumn("status").Ascending();
        Create.Index("ix_crm_inquiries_team").OnTable("crm_inquiries").OnColumn("team").Ascending().OnColumn("status").Ascending();
        Create.Index("ix_crm_inquiries_status_due").OnTable("crm_inquiries").OnColumn("status").Ascending().OnColumn("res_due_at").Ascending();

        Create.Table("crm_inquiry_timeline")
            .WithColumn("id").AsInt64().NotNullable().PrimaryKey("pk_crm_inquiry_timeline").Identity()
            .WithColumn("inquiry_id").AsInt64().NotNullable().ForeignKey("fk_crm_inquiry_timeline_inquiry", "crm_inquiries", "id")
            .WithColumn("at").AsDateTime2().NotNullable()
            .WithColumn("by_user").AsString(100).NotNullable()
            .WithColumn("kind").AsString(20).NotNullable()
            .WithColumn("from_status").AsString(30).Nullable()
            .WithColumn("to_status").AsString(30).Nullable()
            .WithColumn("team").AsString(50).Nullable()
            .WithColumn("assignee").AsString(100).Nullable()
            .WithColumn("text").AsString(4000).Nullable();
        Create.Index("ix_crm_inquiry_timeline_inquiry").OnTable("crm_inquiry_timeline").OnColumn("inquiry_id").Ascending().OnColumn("id").Ascending();
    }

    public override void Down()
    {
        Delete.Table("crm_inquiry_timeline");
        Delete.Table("crm_inquiries");
        Delete.Table("crm_sequences");
    }
}
