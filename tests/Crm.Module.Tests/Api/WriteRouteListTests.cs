using Crm.Module.Tests.Screens;
using Crm.Testing.Hosting;

namespace Crm.Module.Tests.Api;

/// <summary>
/// The hostile-input test in Host.Sample.Tests drives the write routes listed in <see cref="CrmWriteRoutes"/>;
/// this keeps that list equal to what the add-on maps, so a new write route cannot escape it.
/// </summary>
[TestClass]
public sealed class WriteRouteListTests
{
    private static readonly HashSet<string> WriteMethods = new(StringComparer.Ordinal) { "POST", "PUT", "PATCH", "DELETE" };

    [TestMethod]
    public void The_hostile_input_list_names_exactly_the_write_routes_the_add_on_maps()
    {
        var mapped = ScreenRoutes.MappedByTheAddOn().Where(route => WriteMethods.Contains(route.Split(' ')[0])).ToList();

        // A listed route fills a mapped parameter with a real value (custom-fields/leads/{lead}), so
        // the two sides are matched the way routing matches them, not compared as text.
        var unlisted = mapped.Where(m => !CrmWriteRoutes.All.Any(l => ScreenRoutes.IsMapped([m], l.Method, l.Route))).ToList();
        var unmapped = CrmWriteRoutes.All.Where(l => !ScreenRoutes.IsMapped(mapped, l.Method, l.Route)).Select(l => $"{l.Method} {l.Route}").ToList();

        Assert.AreEqual(0, unlisted.Count, "mapped but not in CrmWriteRoutes: " + string.Join(", ", unlisted));
        Assert.AreEqual(0, unmapped.Count, "in CrmWriteRoutes but not mapped: " + string.Join(", ", unmapped));
    }
}
