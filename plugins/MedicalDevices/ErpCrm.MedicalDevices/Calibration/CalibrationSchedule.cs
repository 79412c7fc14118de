namespace ErpCrm.MedicalDevices.Calibration;

/// <summary>When a device delivered on a date is due for calibration.</summary>
internal static class CalibrationSchedule
{
    /// <summary>
    /// The latest calibration date, counted in whole intervals from <paramref name="delivered"/>, that
    /// falls on or before <paramref name="horizon"/>; null when the first calibration lies beyond it.
    /// A date already past is returned too: a missed calibration is still due.
    /// </summary>
    /// <remarks>Each date is counted from the delivery, not from the previous date, so that month ends do not drift (31 Jan → 31 Jan, not 28 Jan).</remarks>
    public static DateOnly? LatestDueOnOrBefore(DateOnly delivered, int intervalMonths, DateOnly horizon)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(intervalMonths, 1);
        var periods = 0;
        while (delivered.AddMonths((periods + 1) * intervalMonths) <= horizon)
        {
            periods++;
        }

        return periods == 0 ? null : delivered.AddMonths(periods * intervalMonths);
    }
}
