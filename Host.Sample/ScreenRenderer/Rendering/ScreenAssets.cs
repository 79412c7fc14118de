namespace Crm.ScreenRenderer.Rendering;

/// <summary>The shell's own stylesheet and script, embedded in the assembly. (Seam: the presentation work fills it in.)</summary>
public static class ScreenAssets
{
    /// <summary>The asset called <paramref name="name"/> (e.g. <c>screens.js</c>) and its content type; null when there is none.</summary>
    public static (byte[] Content, string ContentType)? Find(string name) => throw new NotSupportedException(name);
}
