using FluentMigrator;

namespace Crm.Module.Data.Migrations;

/// <summary>
/// Activities may regard a lead or an opportunity; a lead has no ERP account yet, so the account
/// becomes optional. SQLite cannot alter a column: there the table is rebuilt with the same rows
/// and ids (the documented way), on the server databases the column is altered in place.
/// </summary>
[Migration(2026_11_24_0010, "crm_activities regarding leads and opportunities")]
[Tags(CrmVersionTable.Tag)]
public sealed class AddActivityRegarding : Migration
{
    private const string Table = "crm_activities";
    private const string Rebuilt = "crm_activities_rebuilt";

    private const string KeptColumns =
        "id, type, subject, notes, account_key, inquiry_number, due_at, duration_minutes, reminder_at, assignee, status, outcome, " +
        "previous_id, created_at, created_by, completed_at, updated_at, updated_by, version";

    public override void Up()
    {
        IfDatabase(IsSqlite).Delegate(RebuildOnSqlite);
        IfDatabase(type => !IsSqlite(type)).Delegate(AlterInPlace);
        Create.Index("ix_crm_activities_lead").OnTable(Table).OnColumn("lead_id").Ascending();
        Create.Index("ix_crm_activities_opportunity").OnTable(Table).OnColumn("opportunity_id").Ascending();
    }

    public override void Down()
    {
        Delete.Index("ix_crm_activities_opportunity").OnTable(Table);
        Delete.Index("ix_crm_activities_lead").OnTable(Table);
        Delete.Column("opportunity_id").Column("lead_id").FromTable(Table);
    }

    // Processor ids carry versions (Postgres15_0, SqlServer2016); SQLite's is plain.
    private static bool IsSqlite(string processorId) => processorId.StartsWith(ProcessorIdConstants.SQLite, StringComparison.OrdinalIgnoreCase);

    private void AlterInPlace()
    {
        Alter.Table(Table)
            .AddColumn("lead_id").AsInt64().Nullable()
            .AddColumn("opportunity_id").AsInt64().Nullable();
        Alter.Column("account_key").OnTable(Table).AsString(100).Nullable();
    }

    private void RebuildOnSqlite()
    {
        Create.Table(Rebuilt)
            .WithColumn("id").AsInt64().NotNullable().PrimaryKey("pk_crm_activities").Identity()
            .WithColumn("type").AsString(50).NotNullable()
            .WithColumn("subject").AsString(200).NotNullable()
            .WithColumn("notes").AsString(4000).Nullable()
            .WithColumn("account_key").AsString(100).Nullable()
            .WithColumn("inquiry_number").AsString(30).Nullable()
            .WithColumn("lead_id").AsInt64().Nullable()
            .WithColumn("opportunity_id").AsInt64().Nullable()
            .WithColumn("due_at").AsDateTime2().Nullable()
            .WithColumn("duration_minutes").AsInt32().Nullable()
            .WithColumn("reminder_at").AsDateTime2().Nullable()
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
        Execute.Sql($"INSERT INTO {Rebuilt} ({KeptColumns}) SELECT {KeptColumns} FROM {Table}");
        Delete.Table(Table);
        Rename.Table(Rebuilt).To(Table);
        Create.Index("ix_crm_activities_assignee").OnTable(Table).OnColumn("assignee").Ascending().OnColumn("status").Ascending().OnColumn("due_at").Ascending();
        Create.Index("ix_crm_activities_account").OnTable(Table).OnColumn("account_key").Ascending().OnColumn("created_at").Ascending();
        Create.Index("ix_crm_activities_inquiry").OnTable(Table).OnColumn("inquiry_number").Ascending();
    }
}
