using FluentMigrator;

namespace Crm.Module.Data.Migrations;

/// <summary><c>crm_activities</c>: calls, meetings, tasks, e-mails and notes, about an account and possibly an inquiry.</summary>
[Migration(2026_11_24_0004, "crm_activities")]
[Tags(CrmVersionTable.Tag)]
public sealed class CreateActivities : Migration
{
    public override void Up()
    {
        Create.Table("crm_activities")
            .WithColumn("id").AsInt64().NotNullable().PrimaryKey("pk_crm_activities").Identity()
            .WithColumn("type").AsString(50).NotNullable()
            .WithColumn("subject").AsString(200).NotNullable()
            .WithColumn("notes").AsString(4000).Nullable()
            .WithColumn("account_key").AsString(100).NotNullable()
            .WithColumn("inquiry_number").AsString(30).Nullable()
            .WithColumn("due_at").AsDateTime2().Nullable()
            .WithColumn("duration_minutes").AsInt32().Nullable()
            .WithColumn("assignee").AsString(100).NotNullable()
            .WithColumn("status").AsString(20).NotNullable()
            .WithColumn("outcome").AsString(4000).Nullable()
            .WithColumn("previous_id").AsInt64().Nullable()
            .WithColumn("created_at").AsDateTime2().NotNullable()
            .WithColumn("created_by").AsString(100).NotNullable()
            .WithColumn("completed_at").AsDateTime2().Nullable()
            .WithColumn("updated_at").AsDateTime2().NotNullable()
            .WithColumn("updated_by").AsString(100).NotNullable()
            .WithColumn("version").AsInt32().NotNullable();

        Create.Index("ix_crm_activities_assignee").OnTable("crm_activities").OnColumn("assignee").Ascending().OnColumn("status").Ascending().OnColumn("due_at").Ascending();
        Create.Index("ix_crm_activities_account").OnTable("crm_activities").OnColumn("account_key").Ascending().OnColumn("created_at").Ascending();
        Create.Index("ix_crm_activities_inquiry").OnTable("crm_activities").OnColumn("inquiry_number").Ascending();
    }

    public override void Down() => Delete.Table("crm_activities");
}
