using FluentMigrator;

namespace Crm.Module.Data.Migrations;

/// <summary>
/// <c>crm_follow_ups</c> remembers which follow-up each rule created for which subject and period
/// (its unique key is what makes rule runs idempotent); <c>crm_follow_up_runs</c> records each run.
/// </summary>
[Migration(2026_11_24_0006, "crm_follow_ups, crm_follow_up_runs")]
[Tags(CrmVersionTable.Tag)]
public sealed class CreateFollowUps : Migration
{
    public override void Up()
    {
        Create.Table("crm_follow_ups")
            .WithColumn("id").AsInt64().NotNullable().PrimaryKey("pk_crm_follow_ups").Identity()
            .WithColumn("rule_code").AsString(50).NotNullable()
            .WithColumn("subject_key").AsString(200).NotNullable()
            .WithColumn("period").AsString(20).NotNullable()
            .WithColumn("activity_id").AsInt64().NotNullable()
            .WithColumn("created_at").AsDateTime2().NotNullable();
        Create.Index("ux_crm_follow_ups_key").OnTable("crm_follow_ups")
            .OnColumn("rule_code").Ascending().OnColumn("subject_key").Ascending().OnColumn("period").Ascending()
            .WithOptions().Unique();

        Create.Table("crm_follow_up_runs")
            .WithColumn("id").AsInt64().NotNullable().PrimaryKey("pk_crm_follow_up_runs").Identity()
            .WithColumn("rule_code").AsString(50).NotNullable()
            .WithColumn("node").AsString(200).NotNullable()
            .WithColumn("started_at").AsDateTime2().NotNullable()
            .WithColumn("finished_at").AsDateTime2().NotNullable()
            .WithColumn("created").AsInt32().NotNullable()
            .WithColumn("skipped").AsInt32().NotNullable()
            .WithColumn("error").AsString(2000).Nullable();
        Create.Index("ix_crm_follow_up_runs_started").OnTable("crm_follow_up_runs").OnColumn("started_at").Descending();
    }

    public override void Down()
    {
        Delete.Table("crm_follow_up_runs");
        Delete.Table("crm_follow_ups");
    }
}
