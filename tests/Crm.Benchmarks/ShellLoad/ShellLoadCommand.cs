using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Autofac;
using Crm.Benchmarks.Hosting;
using Crm.Benchmarks.HotPaths;
using Crm.Benchmarks.Setup;
using Crm.Module.Accounts;

namespace Crm.Benchmarks.ShellLoad;

/// <summary>
/// The web shell under load: Host.Sample with the add-on and its plugins on a copy of the generated
/// database, <c>--clients</c> browser-like clients signed in through the sign-in form, each asking for
/// the account screen (<c>/screens/erp.customer-card/{account}</c>) of the next of <c>--accounts</c>
/// accounts spread over the customers, back to back, for <c>--seconds</c> after <c>--warmup</c>.
/// The limit beside it: the same accounts' overview statements through raw ADO.NET from as many
/// concurrent tasks. The host's memory is sampled from its start to its end.
/// </summary>
internal static class ShellLoadCommand
{
    public static async Task<int> RunAsync(BenchmarkRun common, ShellLoadOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(common);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var report = new StringBuilder();
        void Say(string line)
        {
            output.WriteLine(line);
            report.AppendLine(line);
        }

        var copy = await ScratchCopy.CreateAsync(BenchmarkTarget.Current).ConfigureAwait(false);
        try
        {
            var accounts = await SpreadAccountsAsync(copy.Target, options.Accounts).ConfigureAwait(false);
            Say($"# Shell load, {common.DatabaseName}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
            Say($"{options.Clients} clients signed in as {options.User}, {accounts.Count} accounts, {options.WarmUp.TotalSeconds:0} s warm-up, {options.Duration.TotalSeconds:0} s measured, think time {options.Think.TotalMilliseconds:0} ms. Load average before: {LoadAverage()}.");
            Say(string.Empty);

            await using (var host = SampleHost.Start(copy.Target, withAddOn: true))
            {
                var memory = ProcessMemory.Watch(host.ProcessId, "cold start to first account screen");
                await using (memory.ConfigureAwait(false))
                {
                    using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
                    probe.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.User}")));
                    var coldStart = await host.FirstSuccessAsync(probe, ScreenPath(accounts[0])).ConfigureAwait(false);
                    Say($"Cold start (process start to the first account screen): {coldStart.TotalMilliseconds:0} ms, the host's processor time until then {host.ProcessorTime.TotalMilliseconds:0} ms.");

                    memory.BeginPhase("sign-in and warm-up");
                    var clients = await SignInAllAsync(host.BaseAddress, options).ConfigureAwait(false);
                    try
                    {
                        await ClosedLoop.RunAsync(options.Clients, options.WarmUp, options.Think, (client, n) => ScreenAsync(clients[client], accounts, n)).ConfigureAwait(false);
                        memory.BeginPhase("shell load");
                        var (shell, elapsed) = await ClosedLoop.RunAsync(options.Clients, options.Duration, options.Think, (client, n) => ScreenAsync(clients[client], accounts, n)).ConfigureAwait(false);
                        memory.BeginPhase("after the load");
                        Say(string.Empty);
                        Say("| load | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors |");
                        Say("|---|---:|---:|---:|---:|---:|---:|---:|");
                        Say(Row("account screen through the shell", shell, elapsed));
                        if (shell.FirstError is not null)
                        {
                            output.WriteLine($"First error: {shell.FirstError}");
                        }
                    }
                    finally
                    {
                        foreach (var client in clients)
                        {
                            client.Dispose();
                        }
                    }
                }

                Say(string.Empty);
                Say("| host memory, phase | peak RSS MB | peak anonymous (private) MB | RSS at end MB | kernel peak RSS (VmHWM) MB |");
                Say("|---|---:|---:|---:|---:|");
                foreach (var phase in memory.Phases)
                {
                    Say($"| {phase.Name} | {Mb(phase.PeakResident)} | {Mb(phase.PeakAnonymous)} | {Mb(phase.LastResident)} | {Mb(phase.HighWater)} |");
                }
            }

            var raw = await RawOverviewsAsync(copy.Target, accounts, options).ConfigureAwait(false);
            Say(string.Empty);
            Say("| limit | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors |");
            Say("|---|---:|---:|---:|---:|---:|---:|---:|");
            Say(Row("overview SQL through raw ADO.NET", raw.Log, raw.Elapsed));
            Say(string.Empty);
            Say($"Load average after: {LoadAverage()}.");
        }
        finally
        {
            await copy.Drop().ConfigureAwait(false);
        }

        var folder = Path.Combine(common.CacheFolder, "results", common.DatabaseName);
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"shell-load-{DateTime.UtcNow:yyyyMMdd-HHmmss}.md");
        await File.WriteAllTextAsync(file, report.ToString()).ConfigureAwait(false);
        output.WriteLine($"Written to {file}.");
        return 0;
    }

    private static string ScreenPath(string account) => $"/screens/erp.customer-card/{Uri.EscapeDataString(account)}";

    private static async Task<string?> ScreenAsync(HttpClient client, IReadOnlyList<string> accounts, long n)
    {
        using var response = await client.GetAsync(new Uri(ScreenPath(accounts[(int)(n % accounts.Count)]), UriKind.Relative)).ConfigureAwait(false);
        await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.OK ? null : $"{(int)response.StatusCode} for {response.RequestMessage?.RequestUri}";
    }

    private static async Task<HttpClient[]> SignInAllAsync(Uri baseAddress, ShellLoadOptions options)
    {
        var clients = new List<HttpClient>(options.Clients);
        try
        {
            for (var i = 0; i < options.Clients; i++)
            {
                clients.Add(await ShellClient.SignInAsync(baseAddress, options.User, options.User).ConfigureAwait(false));
            }

            return [.. clients];
        }
        catch
        {
            clients.ForEach(client => client.Dispose());
            throw;
        }
    }

    // Every n-th customer by number, so the accounts are spread over the data (busy and quiet ones).
    private static async Task<IReadOnlyList<string>> SpreadAccountsAsync(BenchmarkTarget target, int count)
    {
        var connection = new GeneratedDatabase(target.Engine, target.ConnectionString).CreateConnection();
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync().ConfigureAwait(false);
            using var command = RawCommand.Create(connection, "SELECT customer_no FROM erp_customers ORDER BY customer_no", new Dictionary<string, object?>());
            var all = (await RawCommand.ReadAllAsync(command).ConfigureAwait(false)).Select(row => (string)row[0]).ToList();
            var step = Math.Max(1, all.Count / count);
            return [.. all.Where((_, i) => i % step == 0).Take(count)];
        }
    }

    private static async Task<(LatencyLog Log, TimeSpan Elapsed)> RawOverviewsAsync(BenchmarkTarget target, IReadOnlyList<string> accounts, ShellLoadOptions options)
    {
        var addOn = await AddOn.StartAsync(target).ConfigureAwait(false);
        await using (addOn.ConfigureAwait(false))
        {
            // The host's clock: the screens show today as the host sees it.
            var today = DateOnly.FromDateTime(DateTime.Now);
            var statements = AccountOverviewBenchmark.Statements(addOn.Container.Resolve<AccountSql>());
            async Task<string?> OverviewAsync(long n)
            {
                var connection = await addOn.OpenRawAsync().ConfigureAwait(false);
                await using (connection.ConfigureAwait(false))
                {
                    using var command = RawCommand.Create(connection, statements, AccountOverviewBenchmark.Parameters(accounts[(int)(n % accounts.Count)], today));
                    var rows = await RawCommand.ReadAllAsync(command).ConfigureAwait(false);
                    return rows.Count > 0 ? null : "no rows";
                }
            }

            await ClosedLoop.RunAsync(options.Clients, options.WarmUp, options.Think, (_, n) => OverviewAsync(n)).ConfigureAwait(false);
            return await ClosedLoop.RunAsync(options.Clients, options.Duration, options.Think, (_, n) => OverviewAsync(n)).ConfigureAwait(false);
        }
    }

    private static string Row(string name, LatencyLog log, TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {log.Count} | {log.Count / elapsed.TotalSeconds:0} | {log.Percentile(50):0.0} | {log.Percentile(95):0.0} | {log.Percentile(99):0.0} | {log.Percentile(100):0.0} | {log.Errors} |");

    private static string Mb(long kilobytes) => (kilobytes / 1024.0).ToString("0", CultureInfo.InvariantCulture);

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
