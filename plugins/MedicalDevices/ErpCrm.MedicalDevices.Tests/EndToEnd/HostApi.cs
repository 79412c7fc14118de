using System.Net.Http.Json;
using System.Text.Json;

namespace ErpCrm.MedicalDevices.Tests.EndToEnd;

/// <summary>Calls to the running host's API that answer a status and a JSON body (problem details included).</summary>
internal static class HostApi
{
    public static async Task<(int Status, JsonElement Body)> SendAsync(this HttpClient client, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>The field names of a validation problem's <c>errors</c>.</summary>
    public static IReadOnlyList<string> ErrorFields(this JsonElement problem) =>
        problem.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateObject().Select(e => e.Name)] : [];

    /// <summary>Waits until <paramref name="read"/> answers something (the outbox delivers after commit, in the background).</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T?>> read, string what)
        where T : class
    {
        var giveUp = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            if (await read() is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow > giveUp)
            {
                throw new AssertFailedException($"Still not there after a minute: {what}.");
            }

            await Task.Delay(250);
        }
    }
}
