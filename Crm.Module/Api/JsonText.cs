using System.Text.Json;

namespace Crm.Module.Api;

/// <summary>
/// Reads a JSON string as text. Valid JSON may escape half a surrogate pair (<c>"\ud800"</c>), which no
/// .NET string can hold, and <see cref="JsonElement.GetString"/> then throws: that is bad input (a 400),
/// not a server fault.
/// </summary>
internal static class JsonText
{
    public static bool TryRead(JsonElement value, out string text)
    {
        text = string.Empty;
        if (value.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        try
        {
            text = value.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
