namespace Crm.Abstractions.Extensibility;

/// <summary>
/// Keys of Autofac's <c>ContainerBuilder.Properties</c> through which a host hands the add-on what
/// it needs while the container is being built, before anything can be resolved.
/// </summary>
/// <remarks>
/// The add-on loads vertical plugins and registers their modules while its own module loads; it
/// reads their folder (<c>Crm:Plugins:Folder</c>) from the host's configuration then. A host sets
/// <c>containerBuilder.Properties[CrmContainerProperties.Configuration] = configuration;</c> before
/// the container is built. Without it the add-on uses the default folder, <c>plugins</c> beside its
/// own assembly.
/// </remarks>
public static class CrmContainerProperties
{
    /// <summary>The host's <c>Microsoft.Extensions.Configuration.IConfiguration</c> (the same one it registers in the container).</summary>
    public const string Configuration = "Crm.Configuration";
}
