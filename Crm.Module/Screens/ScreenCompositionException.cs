namespace Crm.Module.Screens;

/// <summary>Why an extension or a definition cannot be taken; <see cref="ScreenCatalog"/> adds the source and the item.</summary>
internal sealed class ScreenCompositionException(string problem) : Exception(problem);
