using Autofac;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Security;
using Crm.Module.Audit;
using Crm.Module.Tests.Extensibility;
using Crm.Module.Tests.Harness;
using Crm.Module.Tests.Inquiries;
using Crm.Module.Tests.Shapes;
using Crm.Testing;
using Dapper;

namespace Crm.Module.Tests.Audit;

/// <summary>
/// The add-on on a fresh database for the audit tests: Host.Sample's ERP data, a sales team
/// (anna manages rep1 and rep2), the test plugin's custom fields, and whatever else a test registers.
/// </summary>
internal sealed class AuditRun : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private readonly AddOnOnDatabase _run;

    private AuditRun(AddOnOnDatabase run) => _run = run;

    public AddOnUnderTest AddOn => _run.AddOn;

    public T Resolve<T>()
        where T : notnull => AddOn.Container.Resolve<T>();

    public static async Task<AuditRun> StartAsync(DatabaseEngine engine, Action<ContainerBuilder>? plugin = null)
    {
        var settings = InquiryTestSettings.For("HostSample");
        settings["Crm:Sales:Teams:0:Name"] = "North";
        settings["Crm:Sales:Teams:0:Managers:0"] = "anna";
        settings["Crm:Sales:Teams:0:Members:0"] = "rep1";
        settings["Crm:Sales:Teams:0:Members:1"] = "rep2";
        var run = await AddOnOnDatabase.StartAsync(
            engine,
            db => new HostSampleShape().SeedAsync(db, DateOnly.FromDateTime(Now.UtcDateTime)),
            settings,
            new FixedClock(Now),
            b =>
            {
                RecallCategory.Register(b);
                InquiryPlugin.Fields(b);
                plugin?.Invoke(b);
            });
        return new AuditRun(run);
    }

    public void SignIn(string userName, params string[] roles)
    {
        AddOn.User.UserName = userName;
        AddOn.User.SetRoles(roles);
    }

    /// <summary>A record's entries, read as an Admin.</summary>
    public async Task<IReadOnlyList<AuditEntry>> EntriesAsync(string entity, string key)
    {
        var (name, roles) = (AddOn.User.UserName, CurrentRoles());
        SignIn("root", CrmRoles.Admin);
        try
        {
            return (await Resolve<AuditLog>().OfRecordAsync(entity, key, 0, AuditLog.MaxLimit, CancellationToken.None)).Entries;
        }
        finally
        {
            SignIn(name, roles);
        }
    }

    public async Task<AuditVerification> VerifyAsync()
    {
        var (name, roles) = (AddOn.User.UserName, CurrentRoles());
        SignIn("root", CrmRoles.Admin);
        try
        {
            return await Resolve<AuditVerifier>().VerifyAsync(CancellationToken.None);
        }
        finally
        {
            SignIn(name, roles);
        }
    }

    public Task<System.Data.Common.DbConnection> OpenAsync() => _run.Database.OpenConnectionAsync();

    public async Task<long> CountEntriesAsync()
    {
        await using var connection = await _run.Database.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_audit_log");
    }

    /// <summary>Runs SQL straight on the database, as someone with database access (not the API) could.</summary>
    public async Task<int> ExecuteAsync(string sql, object? parameters = null)
    {
        await using var connection = await _run.Database.OpenConnectionAsync();
        return await connection.ExecuteAsync(sql, parameters);
    }

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await _run.Database.OpenConnectionAsync();
        return [.. await connection.QueryAsync<T>(sql, parameters)];
    }

    public async Task<string> AnAccountAsync() =>
        (await QueryAsync<string>("SELECT customer_no FROM erp_customers ORDER BY customer_no"))[0];

    public ValueTask DisposeAsync() => _run.DisposeAsync();

    private string[] CurrentRoles() => [.. CrmRoles.All.Where(AddOn.User.IsInRole)];
}
