namespace Crm.Abstractions.Screens;

/// <summary>
/// Contributes screen definitions: the add-on's own, a plugin's, and the host's (so that its screens,
/// such as <c>erp.customer-card</c>, can be extended by id). Register as many as you like in your
/// Autofac module.
/// </summary>
public interface IScreenSource
{
    /// <summary>Stable name of the contributor (a plugin's id, <c>erp</c> for the host), named in start-up messages.</summary>
    string Name { get; }

    /// <summary>The screens this source defines. Ids must be unique across all sources.</summary>
    IEnumerable<ScreenDefinition> Screens { get; }
}

/// <summary>
/// Contributes <see cref="ScreenExtension"/>s. The add-on's extensions apply first, then the other
/// sources' in the order of their <see cref="Name"/>, each source's in its own order. A plugin's
/// extension that cannot apply is skipped and logged; the host keeps running.
/// </summary>
public interface IScreenExtensionSource
{
    /// <summary>Stable name of the contributor (a plugin's id), which orders sources and is named in start-up messages.</summary>
    string Name { get; }

    /// <summary>The extensions this source applies.</summary>
    IEnumerable<ScreenExtension> Extensions { get; }
}
