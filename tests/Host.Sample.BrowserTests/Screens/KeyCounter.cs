using Microsoft.Playwright;

namespace Host.Sample.BrowserTests.Screens;

/// <summary>
/// Presses keys on a page and counts them, so a test can hold a screen to a keystroke budget. A chord
/// such as <c>Control+Enter</c> counts as the keys it holds down together.
/// </summary>
internal sealed class KeyCounter(IPage page)
{
    public int Count { get; private set; }

    public async Task PressAsync(string key)
    {
        Count += key.Split('+').Length;
        await page.Keyboard.PressAsync(key).ConfigureAwait(false);
    }

    public async Task TypeAsync(string text)
    {
        Count += text.Length;
        await page.Keyboard.TypeAsync(text).ConfigureAwait(false);
    }
}
