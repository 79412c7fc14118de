using System.Reflection;

namespace Host.Sample.AddOns;

/// <summary>One folder of the add-on folder and what became of it.</summary>
/// <param name="Name">The folder (and main assembly) name.</param>
/// <param name="Assembly">The loaded main assembly; null when loading failed.</param>
/// <param name="Modules">The Autofac modules found in it.</param>
/// <param name="Error">Why the add-on was not loaded; null when it was.</param>
public sealed record LoadedAddOn(string Name, Assembly? Assembly, IReadOnlyList<Autofac.Module> Modules, string? Error)
{
    public bool Loaded => Error is null;
}
