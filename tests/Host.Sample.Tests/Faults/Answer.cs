using System.Net;

namespace Host.Sample.Tests.Faults;

/// <summary>What the host answered one request of a burst, read before the database is checked.</summary>
internal sealed record Answer(string Subject, HttpStatusCode? Status, string? ContentType, string? RetryAfter, string Body)
{
    public bool Acknowledged => Status is { } s && (int)s is >= 200 and < 300;

    public static async Task<Answer> OfAsync(string subject, Func<Task<HttpResponseMessage>> send)
    {
        try
        {
            using var response = await send();
            return new Answer(
                subject,
                response.StatusCode,
                response.Content.Headers.ContentType?.MediaType,
                response.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
                await response.Content.ReadAsStringAsync());
        }
        catch (HttpRequestException e)
        {
            // No answer at all (the host was killed): neither acknowledged nor refused.
            return new Answer(subject, null, null, null, e.Message);
        }
        catch (TaskCanceledException e)
        {
            return new Answer(subject, null, null, null, e.Message);
        }
    }
}
