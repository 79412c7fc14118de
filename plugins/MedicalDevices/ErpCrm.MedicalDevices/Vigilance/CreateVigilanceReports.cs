using FluentMigrator;

namespace ErpCrm.MedicalDevices.Vigilance;

/// <summary>
/// <c>med_vigilance_reports</c>: one row per inquiry whose regulatory report became required, with
/// when we became aware, the reporting deadline, and when it was filed or found overdue, kept
/// after filing as the record an auditor asks for.
/// </summary>
[Migration(2026112401, "Vigilance reports of the medical-devices plugin")]
public sealed class CreateVigilanceReports : Migration
{
    public const string Table = "med_vigilance_reports";

    public override void Up()
    {
        Create.Table(Table)
            .WithColumn("inquiry_number").AsString(30).NotNullable().PrimaryKey("pk_med_vigilance_reports")
            .WithColumn("account_key").AsString(100).Nullable()
            .WithColumn("assignee").AsString(100).Nullable()
            .WithColumn("status").AsString(20).NotNullable()

            // When the status last changed, by the time of the change: an older change that arrives
            // late (events may come out of order) must not undo a newer one.
            .WithColumn("status_at").AsDateTime2().NotNullable()
            .WithColumn("aware_at").AsDateTime2().NotNullable()
            .WithColumn("deadline_at").AsDateTime2().NotNullable()
            .WithColumn("filed_at").AsDateTime2().Nullable()
            .WithColumn("overdue_at").AsDateTime2().Nullable();
        Create.Index("ix_med_vigilance_reports_status_deadline").OnTable(Table)
            .OnColumn("status").Ascending()
            .OnColumn("deadline_at").Ascending();
    }

    public override void Down() => Delete.Table(Table);
}
