namespace Crm.Module.Screens;

/// <summary>
/// One of the add-on's own screen definitions or extensions is wrong. Thrown at start-up so that the
/// defect shows at once, naming the source and the item; a plugin's are skipped and logged instead.
/// </summary>
public sealed class ScreenDefinitionException : Exception
{
    internal ScreenDefinitionException(string source, string item, string problem)
        : base($"Screen source '{source}': '{item}' cannot be taken: {problem}.")
    {
        SourceName = source;
        Item = item;
    }

    /// <summary>The <c>Name</c> of the screen or extension source.</summary>
    public string SourceName { get; }

    /// <summary>The screen or extension id.</summary>
    public string Item { get; }
}
