namespace ErpCrm.Automotive.Service;

/// <summary>
/// When a sold car is due for its periodic service: every <see cref="IntervalMonths"/> months after
/// the sale. A service is "up" from <see cref="DaysAhead"/> days before it is due (time to call the
/// customer and book the workshop) until <see cref="DaysOverdue"/> days after (a run missed over a
/// weekend or a holiday still finds it); older services are left alone, so installing the plugin
/// does not flood the team with every anniversary of the past.
/// </summary>
/// <param name="IntervalMonths">Months between services (at least 1).</param>
/// <param name="DaysAhead">Days before the due date from which the service is proposed.</param>
/// <param name="DaysOverdue">Days after the due date until which it is still proposed.</param>
internal sealed record ServiceSchedule(int IntervalMonths, int DaysAhead, int DaysOverdue)
{
    /// <summary>
    /// The service that is up on <paramref name="today"/> for a car sold on <paramref name="soldOn"/>,
    /// if any; the latest one when a wide window holds two.
    /// </summary>
    public DueService? UpOn(DateOnly soldOn, DateOnly today)
    {
        var horizon = today.AddDays(DaysAhead);
        var earliest = today.AddDays(-DaysOverdue);
        DueService? up = null;

        // Counted from the sale each time (not by adding months step by step), so that a car sold on
        // the 31st is due on the last day of shorter months and back on the 31st after them.
        for (var number = 1; soldOn.AddMonths(number * IntervalMonths) is var due && due <= horizon; number++)
        {
            if (due >= earliest)
            {
                up = new DueService(number, due);
            }
        }

        return up;
    }
}

/// <summary>One periodic service of a car.</summary>
/// <param name="Number">1 for the first service after the sale, 2 for the second, …</param>
/// <param name="DueOn">When it is due.</param>
internal sealed record DueService(int Number, DateOnly DueOn);
