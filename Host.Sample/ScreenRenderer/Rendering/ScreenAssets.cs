namespace Crm.ScreenRenderer.Rendering;

/// <summary>The shell's own stylesheet and script, embedded in the assembly.</summary>
public static class ScreenAssets
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        ["screens.css"] = "text/css; charset=utf-8",
        ["screens.js"] = "text/javascript; charset=utf-8",
    };

    /// <summary>The asset called <paramref name="name"/> (e.g. <c>screens.js</c>) and its content type; null when there is none.</summary>
    public static (byte[] Content, string ContentType)? Find(string name)
    {
        if (!ContentTypes.TryGetValue(name, out var contentType))
        {
            return null;
        }

        using var stream = typeof(ScreenAssets).Assembly.GetManifestResourceStream("Crm.ScreenRenderer.Assets." + name);
        if (stream is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return (buffer.ToArray(), contentType);
    }
}
