using Autofac;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Extensibility;
using Crm.Module.Jobs;
using Crm.Module.Tests.Harness;
using Crm.Module.Tests.Inquiries;
using Crm.Module.Tests.Shapes;
using Crm.Testing;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Crm.Module.Tests.Faults;

/// <summary>
/// A scheduled job whose run meets a real passing database fault — SQLite's write lock held by
/// another connection past the busy timeout, PostgreSQL's session ended under it — is run again with
/// backoff and its last run recorded in <c>crm_job_runs</c>; a fault that does not pass ends the run
/// as failed after the bounded attempts, with that said in the record.
/// </summary>
[TestClass]
public sealed class JobRetryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    [TestMethod]
    [DataRow(DatabaseEngine.Sqlite)]
    [DataRow(DatabaseEngine.PostgreSql)]
    public async Task A_job_that_meets_a_passing_fault_is_run_again_and_recorded_as_succeeded(DatabaseEngine engine)
    {
        await using var run = await StartAsync(engine);
        var job = run.AddOn.Container.Resolve<FaultedWrite>();
        job.FaultyAttempts = 1;

        var result = await RunAsync(run);

        Assert.AreEqual((JobRun.Succeeded, null, 2), (result.Outcome, result.Error, job.Attempts));
        Assert.AreEqual(1, await MarksAsync(run), "the failed attempt wrote nothing; the second wrote once");
        Assert.AreEqual(JobRun.Succeeded, (await run.AddOn.Container.Resolve<JobRunStore>().LastRunsAsync(CancellationToken.None))[FaultedWrite.JobCode].Outcome);
    }

    [TestMethod]
    [DataRow(DatabaseEngine.Sqlite)]
    [DataRow(DatabaseEngine.PostgreSql)]
    public async Task A_fault_that_does_not_pass_ends_the_run_as_failed_after_the_bounded_attempts(DatabaseEngine engine)
    {
        await using var run = await StartAsync(engine);
        var job = run.AddOn.Container.Resolve<FaultedWrite>();
        job.FaultyAttempts = int.MaxValue;

        var result = await RunAsync(run);

        Assert.AreEqual((JobRun.Failed, 3), (result.Outcome, job.Attempts), "one run and the two retries configured");
        StringAssert.StartsWith(result.Error, "After 3 attempts:");
        Assert.AreEqual(0, await MarksAsync(run));
        var recorded = (await run.AddOn.Container.Resolve<JobRunStore>().LastRunsAsync(CancellationToken.None))[FaultedWrite.JobCode];
        Assert.AreEqual((JobRun.Failed, result.Error), (recorded.Outcome, recorded.Error));
    }

    private static async Task<AddOnOnDatabase> StartAsync(DatabaseEngine engine)
    {
        var settings = InquiryTestSettings.For("HostSample");
        settings["Crm:Database:RetryAttempts"] = "2";
        settings["Crm:Database:JobRetryDelay"] = "00:00:00.05";
        var run = await AddOnOnDatabase.StartAsync(
            engine,
            db => new HostSampleShape().SeedAsync(db, DateOnly.FromDateTime(Now.Date)),
            settings,
            new FixedClock(Now, TimeZoneInfo.Utc),
            builder =>
            {
                builder.RegisterType<FaultedWrite>().AsSelf().As<ICrmJob>().SingleInstance();
            });
        await using var connection = run.Database.CreateConnection();
        await connection.ExecuteAsync("CREATE TABLE fault_job_marks (attempt INTEGER NOT NULL)");
        return run;
    }

    private static async Task<JobRun> RunAsync(AddOnOnDatabase run)
    {
        var entry = run.AddOn.Container.Resolve<JobCatalog>().Find(FaultedWrite.JobCode)!;
        return (await run.AddOn.Container.Resolve<JobRunner>().RunAsync(entry, "test-node", CancellationToken.None))!;
    }

    private static async Task<int> MarksAsync(AddOnOnDatabase run)
    {
        await using var connection = run.Database.CreateConnection();
        return await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM fault_job_marks");
    }

    /// <summary>
    /// A job that writes one mark row. For its first <see cref="FaultyAttempts"/> attempts the
    /// database really fails it: on SQLite another connection holds the write lock past the busy
    /// timeout; on PostgreSQL its session is ended by the server (pg_terminate_backend) before it writes.
    /// </summary>
    private sealed class FaultedWrite(IErpDatabase database) : ICrmJob
    {
        public const string JobCode = "test.faulted-write";

        public string Code => JobCode;

        public string Name => "Writes a mark through a failing database";

        public string DefaultSchedule => "0 0 2 * * ?";

        public int FaultyAttempts { get; set; }

        public int Attempts { get; private set; }

        public async Task ExecuteAsync(CrmJobContext context, CancellationToken cancellationToken)
        {
            var attempt = ++Attempts;
            var faulty = attempt <= FaultyAttempts;
            await using var connection = database.CreateConnection();
            await connection.OpenAsync(cancellationToken);
            if (faulty && database.Engine == DatabaseEngine.PostgreSql)
            {
                await connection.ExecuteAsync("SELECT pg_terminate_backend(pg_backend_pid())");
            }

            await using var holder = faulty && database.Engine == DatabaseEngine.Sqlite ? database.CreateConnection() : null;
            if (holder is not null)
            {
                await holder.OpenAsync(cancellationToken);
                await holder.ExecuteAsync("BEGIN IMMEDIATE");
                ((SqliteConnection)connection).DefaultTimeout = 1;
            }

            await connection.ExecuteAsync("INSERT INTO fault_job_marks (attempt) VALUES (@attempt)", new { attempt });
        }
    }
}
