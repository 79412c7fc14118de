namespace Crm.ScreenRenderer.Rendering;

/// <summary>The whole HTML page around a screen. (Seam: the presentation work fills it in.)</summary>
public static class LayoutHtml
{
    /// <summary>The page: navigation, user, language picker and the screen's content.</summary>
    public static string Render(LayoutModel layout, RenderContext context) => throw new NotSupportedException($"{layout}{context}");
}
