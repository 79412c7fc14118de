using FluentMigrator;

namespace Crm.Module.Data.Migrations;

/// <summary><c>crm_job_runs</c>: the last run of each scheduled job (plugins' <c>ICrmJob</c>s), one row per job code, for admins.</summary>
[Migration(2026_11_24_0030, "crm_job_runs")]
[Tags(CrmVersionTable.Tag)]
public sealed class CreateJobRuns : Migration
{
    public override void Up()
    {
        Create.Table("crm_job_runs")
            .WithColumn("job_code").AsString(100).NotNullable().PrimaryKey("pk_crm_job_runs")
            .WithColumn("node").AsString(200).NotNullable()
            .WithColumn("started_at").AsDateTime2().NotNullable()
            .WithColumn("finished_at").AsDateTime2().NotNullable()
            .WithColumn("outcome").AsString(20).NotNullable()
            .WithColumn("error").AsString(2000).Nullable();
    }

    public override void Down() => Delete.Table("crm_job_runs");
}
