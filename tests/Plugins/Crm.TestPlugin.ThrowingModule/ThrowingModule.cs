using Autofac;

namespace Crm.TestPlugin.ThrowingModule;

/// <summary>A plugin whose entry fails while the container is built, e.g. on a setting it cannot read.</summary>
public sealed class ThrowingModule : Module
{
    protected override void Load(ContainerBuilder builder) =>
        throw new InvalidOperationException("The test plugin's module refuses to load.");
}
