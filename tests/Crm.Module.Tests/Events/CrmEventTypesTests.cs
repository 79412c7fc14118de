using Autofac;
using Crm.Abstractions.Extensibility;
using Crm.Module.Events;

namespace Crm.Module.Tests.Events;

[TestClass]
public sealed class CrmEventTypesTests
{
    [TestMethod]
    public void Event_types_are_found_through_their_registered_handlers_and_named_by_full_name()
    {
        var builder = new ContainerBuilder();
        builder.RegisterType<SecondHandler>().As<ICrmEventHandler<TestEvent>>();
        builder.RegisterType<EveryEventHandler>().As<ICrmEventHandler<CrmEvent>>();
        using var container = builder.Build();

        var types = CrmEventTypes.Discover(container.ComponentRegistry);

        Assert.AreEqual("Crm.Module.Tests.Events.TestEvent", CrmEventTypes.NameOf(typeof(TestEvent)));
        Assert.IsTrue(types.TryGetType("Crm.Module.Tests.Events.TestEvent", out var found));
        Assert.AreEqual(typeof(TestEvent), found);
        Assert.IsFalse(types.TryGetType(CrmEventTypes.NameOf(typeof(PluginEvent)), out _), "no handler, not in Crm.Abstractions");
        Assert.IsFalse(types.TryGetType(typeof(CrmEvent).FullName!, out _), "the abstract base is no event of its own");
    }

    [TestMethod]
    public void Abstract_and_generic_types_have_no_stable_name()
    {
        Assert.ThrowsExactly<ArgumentException>(() => CrmEventTypes.NameOf(typeof(CrmEvent)));
        Assert.ThrowsExactly<ArgumentException>(() => CrmEventTypes.NameOf(typeof(GenericEvent<int>)));
        Assert.ThrowsExactly<ArgumentException>(() => CrmEventTypes.NameOf(typeof(string)));
    }

    private sealed record GenericEvent<T>(T Value) : CrmEvent;
}
