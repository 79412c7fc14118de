using FluentMigrator;

namespace Crm.Module.Data.Migrations;

/// <summary>Activities may carry a reminder time; Quartz fires it (see ActivityReminders).</summary>
[Migration(2026_11_24_0005, "crm_activities.reminder_at")]
[Tags(CrmVersionTable.Tag)]
public sealed class AddActivityReminders : Migration
{
    public override void Up() => Alter.Table("crm_activities").AddColumn("reminder_at").AsDateTime2().Nullable();

    public override void Down() => Delete.Column("reminder_at").FromTable("crm_activities");
}
