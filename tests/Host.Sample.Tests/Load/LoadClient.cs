using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Host.Sample.Tests.Load;

/// <summary>
/// One simulated user session: sends one request after another until the deadline, each chosen by a
/// seeded random draw, timing every request and noting every answer that is not a 2xx.
/// </summary>
internal abstract class LoadClient(HttpClient http, WriteLedger ledger, string tokenPrefix, int seed) : IDisposable
{
    private const int MaxErrorBody = 2_000;

    private int _sequence;

    public OperationLog Log { get; } = new();

    protected WriteLedger Ledger => ledger;

    protected Random Random { get; } = new(seed);

    public async Task RunAsync(DateTime deadlineUtc)
    {
        while (DateTime.UtcNow < deadlineUtc)
        {
            await StepAsync().ConfigureAwait(false);
        }
    }

    public void Dispose() => http.Dispose();

    /// <summary>Sends one request of the client's mix.</summary>
    protected abstract Task StepAsync();

    /// <summary>An index drawn with the given relative weights.</summary>
    protected int Pick(params int[] weights)
    {
        var draw = Random.Next(weights.Sum());
        for (var index = 0; ; index++)
        {
            draw -= weights[index];
            if (draw < 0)
            {
                return index;
            }
        }
    }

    /// <summary>A text no other write of any run carries, so the check can find exactly what this write stored.</summary>
    protected string NextToken() => string.Create(CultureInfo.InvariantCulture, $"{tokenPrefix}-{++_sequence:00000}");

    protected Task<Reply> ReadAsync(string operation, string path) => SendAsync(operation, isWrite: false, HttpMethod.Get, path, body: null);

    protected Task<Reply> WriteAsync(string operation, HttpMethod method, string path, object body) => SendAsync(operation, isWrite: true, method, path, body);

    private async Task<Reply> SendAsync(string operation, bool isWrite, HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        var watch = Stopwatch.StartNew();
        int status;
        string text;
        string? mediaType;
        try
        {
            using var response = await http.SendAsync(request).ConfigureAwait(false);
            text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            status = (int)response.StatusCode;
            mediaType = response.Content.Headers.ContentType?.MediaType;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            // No answer at all (connection refused or reset, client timeout): the outcome is unknown.
            status = 0;
            text = e.Message;
            mediaType = null;
        }

        Log.Record(operation, isWrite, watch.Elapsed.TotalMilliseconds);
        if (status is < 200 or > 299)
        {
            Log.Error($"{operation}: {method} {path} → {(status == 0 ? "no answer" : status.ToString(CultureInfo.InvariantCulture))}: {(text.Length > MaxErrorBody ? text[..MaxErrorBody] + "…" : text)}");
            return Reply.Failed;
        }

        return new Reply(true, mediaType is "application/json" && text.Length > 0 ? JsonDocument.Parse(text).RootElement.Clone() : default);
    }

    /// <summary>Whether the request got a 2xx, and its JSON when it had one.</summary>
    protected readonly record struct Reply(bool Ok, JsonElement Json)
    {
        public static Reply Failed => default;
    }
}
