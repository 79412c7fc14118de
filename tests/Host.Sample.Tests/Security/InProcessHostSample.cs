using System.Diagnostics;
using System.Reflection;
using System.Text;
using Crm.Testing.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Host.Sample.Tests.Security;

/// <summary>
/// Host.Sample's own Program run inside the test process, listening on a loopback port: unlike
/// <see cref="HostProcess"/> it hands out the host's services, so the test can read the routes the
/// host really mapped from its <see cref="EndpointDataSource"/> instead of a list someone keeps.
/// </summary>
internal sealed class InProcessHostSample : IAsyncDisposable, IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private readonly TaskCompletionSource<IHost> _built = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("crm-perm-").FullName;
    private readonly List<IDisposable> _subscriptions = [];
    private Task? _run;
    private IHost? _host;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Every route endpoint the host mapped, the add-on's included.</summary>
    public IReadOnlyList<RouteEndpoint> Endpoints =>
        _host!.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

    /// <summary>Starts the host; <paramref name="settings"/> override configuration (e.g. <c>Erp:Database:Engine</c>).</summary>
    public static async Task<InProcessHostSample> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var host = new InProcessHostSample();
        await host.RunAsync(settings ?? new Dictionary<string, string>()).ConfigureAwait(false);
        return host;
    }

    /// <summary>A client that signs in as a demo user with HTTP Basic; null means anonymous.</summary>
    public HttpClient ClientFor(string? userName)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (userName is not null)
        {
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{userName}:{userName}"));
            client.DefaultRequestHeaders.Authorization = new("Basic", credentials);
        }

        return client;
    }

    private async Task RunAsync(IReadOnlyDictionary<string, string> settings)
    {
        // The hosting library announces every host it builds on this listener; WebApplicationFactory
        // finds a Program's host the same way.
        var all = DiagnosticListener.AllListeners.Subscribe(this);
        lock (_subscriptions)
        {
            _subscriptions.Add(all);
        }

        var entryPoint = Assembly.Load("Host.Sample").EntryPoint!;
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            "--contentRoot", RepositoryPaths.HostOutput,
            "--environment", "Production",
            $"--Erp:Database:DataFolder={_dataFolder}",
            $"--HostSample:AddOnFolder={Path.Combine(RepositoryPaths.HostOutput, "addons")}",
            .. settings.Select(setting => $"--{setting.Key}={setting.Value}"),
        ];
        _run = Task.Run(() => entryPoint.Invoke(null, [args]));
        var first = await Task.WhenAny(_built.Task, _run).ConfigureAwait(false);
        if (first == _run)
        {
            await _run.ConfigureAwait(false);
            throw new InvalidOperationException("Host.Sample ended before it built its host.");
        }

        _host = await _built.Task.ConfigureAwait(false);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (_host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(() => started.TrySetResult()))
        {
            if (await Task.WhenAny(started.Task, _run).ConfigureAwait(false) == _run)
            {
                await _run.ConfigureAwait(false);
                throw new InvalidOperationException("Host.Sample ended before it started.");
            }
        }

        var address = _host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    public async ValueTask DisposeAsync()
    {
        lock (_subscriptions)
        {
            foreach (var subscription in _subscriptions)
            {
                subscription.Dispose();
            }
        }

        if (_host is not null)
        {
            _host.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        }

        if (_run is not null)
        {
            await _run.ConfigureAwait(false);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataFolder, recursive: true);
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
    {
        // Listeners announce themselves on whichever thread creates them.
        if (value.Name == "Microsoft.Extensions.Hosting")
        {
            var subscription = value.Subscribe(this);
            lock (_subscriptions)
            {
                _subscriptions.Add(subscription);
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == "HostBuilt" && value.Value is IHost host)
        {
            _built.TrySetResult(host);
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }
}
