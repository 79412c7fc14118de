using System.Text.Json;

namespace Crm.ScreenRenderer.Shell;

/// <summary>The API's answer to an in-process call.</summary>
/// <param name="StatusCode">The HTTP status code.</param>
/// <param name="Body">The response body as sent.</param>
public sealed record ApiAnswer(int StatusCode, byte[] Body)
{
    /// <summary>True for a 2xx answer.</summary>
    public bool Succeeded => StatusCode is >= 200 and < 300;

    /// <summary>The body as JSON; null when it is empty or not JSON.</summary>
    public JsonElement? Json
    {
        get
        {
            if (Body.Length == 0)
            {
                return null;
            }

            try
            {
                using var document = JsonDocument.Parse(Body);
                return document.RootElement.Clone();
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }
}
