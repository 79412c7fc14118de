namespace Crm.ScreenRenderer.Rendering;

/// <summary>Turns a screen with its data into HTML. (Seam: the presentation work fills it in.)</summary>
public static class ScreenHtml
{
    /// <summary>The screen's HTML, without the page around it.</summary>
    public static string Render(ScreenPage page, RenderContext context) => throw new NotSupportedException($"{page}{context}");
}
