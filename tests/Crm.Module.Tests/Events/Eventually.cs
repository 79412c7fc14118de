namespace Crm.Module.Tests.Events;

/// <summary>
/// Waits for a condition the dispatcher brings about in the background. The bound only turns a
/// hang into a failure; no test relies on how quickly the condition comes true.
/// </summary>
internal static class Eventually
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    public static Task TrueAsync(Func<bool> condition, string what) => TrueAsync(() => Task.FromResult(condition()), what);

    public static async Task TrueAsync(Func<Task<bool>> condition, string what)
    {
        var until = DateTime.UtcNow + Bound;
        while (!await condition())
        {
            if (DateTime.UtcNow > until)
            {
                Assert.Fail($"Still not true after {Bound}: {what}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Awaits <paramref name="task"/>, failing instead of hanging when it never completes.</summary>
    public static async Task CompletesAsync(Task task, string what)
    {
        if (await Task.WhenAny(task, Task.Delay(Bound)) != task)
        {
            Assert.Fail($"Did not complete within {Bound}: {what}");
        }

        await task;
    }
}
