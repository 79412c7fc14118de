using System.Net;
using System.Text;

namespace Crm.ScreenRenderer.Rendering;

/// <summary>
/// Writes well-formed HTML into one buffer. Every text and attribute value goes through
/// <see cref="WebUtility.HtmlEncode(string)"/>, so data and labels can never open a tag; the output is
/// also well-formed XML (void elements closed, attributes quoted), which the tests rely on.
/// </summary>
internal sealed class HtmlWriter
{
    private readonly StringBuilder _html = new();

    /// <summary>Markup the renderer itself produced (never data).</summary>
    public HtmlWriter Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    public HtmlWriter Text(string? text)
    {
        _html.Append(WebUtility.HtmlEncode(text));
        return this;
    }

    /// <summary>Opens <paramref name="tag"/>; attributes with a null value are left out, boolean ones carry their own name.</summary>
    public HtmlWriter Open(string tag, params (string Name, string? Value)[] attributes)
    {
        StartTag(tag, attributes);
        _html.Append('>');
        return this;
    }

    public HtmlWriter Close(string tag)
    {
        _html.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>An element with encoded text content.</summary>
    public HtmlWriter Element(string tag, string? text, params (string Name, string? Value)[] attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    /// <summary>A void element such as <c>input</c>, closed the XML way.</summary>
    public HtmlWriter Void(string tag, params (string Name, string? Value)[] attributes)
    {
        StartTag(tag, attributes);
        _html.Append(" />");
        return this;
    }

    public override string ToString() => _html.ToString();

    private void StartTag(string tag, (string Name, string? Value)[] attributes)
    {
        _html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is not null)
            {
                _html.Append(' ').Append(name).Append("=\"").Append(WebUtility.HtmlEncode(value)).Append('"');
            }
        }
    }
}
