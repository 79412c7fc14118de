using System.Net.Http.Headers;
using System.Text;
using Crm.Testing.Hosting;

namespace Host.Sample.Tests.EndToEnd;

/// <summary>
/// Several hosts behind one address, as a round-robin load balancer would put them: every request,
/// of every client made here, goes to the next host in turn, so one user's consecutive requests
/// (log an inquiry, then comment on it) land on different hosts. Counts the requests each host got.
/// </summary>
internal sealed class RoundRobinHosts(IReadOnlyList<HostProcess> hosts)
{
    private readonly long[] _requests = new long[hosts.Count];
    private long _sent = -1;

    /// <summary>Requests sent to each host so far, in the order of the hosts.</summary>
    public IReadOnlyList<long> Requests => [.. Enumerable.Range(0, _requests.Length).Select(i => Interlocked.Read(ref _requests[i]))];

    /// <summary>A client that signs in as a demo user with HTTP Basic (password = user name) and spreads its requests.</summary>
    public HttpClient ClientFor(string userName)
    {
        var client = new HttpClient(new Balancer(this) { InnerHandler = new HttpClientHandler() }, disposeHandler: true)
        {
            BaseAddress = hosts[0].BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{userName}:{userName}")));
        return client;
    }

    private Uri Next(Uri requested)
    {
        var index = (int)(Interlocked.Increment(ref _sent) % hosts.Count);
        Interlocked.Increment(ref _requests[index]);
        return new Uri(hosts[index].BaseAddress, requested.PathAndQuery);
    }

    private sealed class Balancer(RoundRobinHosts hosts) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.RequestUri = hosts.Next(request.RequestUri!);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
