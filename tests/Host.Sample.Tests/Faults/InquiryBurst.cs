using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Crm.Testing.Hosting;

namespace Host.Sample.Tests.Faults;

/// <summary>Several clerks logging inquiries with unique subjects at once, while a test disrupts the database or the host.</summary>
internal static class InquiryBurst
{
    private const int Clerks = 6;

    /// <summary>Clerks log inquiries with unique subjects until <paramref name="disrupt"/> is done.</summary>
    public static async Task<IReadOnlyList<Answer>> RunAsync(HostProcess host, string prefix, Func<BurstProgress, Task> disrupt)
    {
        var answers = new ConcurrentQueue<Answer>();
        using var stop = new CancellationTokenSource();
        var progress = new BurstProgress(answers, host);
        var clerks = Enumerable.Range(0, Clerks).Select(c => Task.Run(async () =>
        {
            using var clerk = host.ClientFor("clerk");
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var subject = $"{prefix} {c}-{i}";
                answers.Enqueue(await Answer.OfAsync(subject, () => clerk.PostAsJsonAsync("/api/crm/inquiries", new { accountKey = "C10001", subject, channel = "phone" })));
            }
        })).ToList();

        try
        {
            await disrupt(progress);
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(clerks);
        }

        return [.. answers];
    }
}

/// <summary>Lets a disruption wait for the burst to reach a point, by what the clerks were answered.</summary>
internal sealed class BurstProgress(ConcurrentQueue<Answer> answers, HostProcess host)
{
    /// <summary>Waits until <paramref name="more"/> further requests were acknowledged.</summary>
    public async Task AcknowledgedAsync(int more)
    {
        var target = answers.Count(a => a.Acknowledged) + more;
        await UntilAsync(() => answers.Count(a => a.Acknowledged) >= target, $"{more} more acknowledged inquiries");
    }

    /// <summary>Waits until a request was refused with a 503.</summary>
    public Task RefusedAsync() =>
        UntilAsync(() => answers.Any(a => a.Status == HttpStatusCode.ServiceUnavailable), "a 503");

    // A guard against a hung test, not a measurement: a minute is far beyond any retry policy here.
    private async Task UntilAsync(Func<bool> reached, string what)
    {
        for (var wait = 0; !reached(); wait++)
        {
            if (wait == 3000 || host.HasExited)
            {
                Assert.Fail($"The burst never reached {what}:\n{host.Output}");
            }

            await Task.Delay(20);
        }
    }
}
