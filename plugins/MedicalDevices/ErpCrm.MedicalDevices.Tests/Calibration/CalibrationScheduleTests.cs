using ErpCrm.MedicalDevices.Calibration;

namespace ErpCrm.MedicalDevices.Tests.Calibration;

[TestClass]
public sealed class CalibrationScheduleTests
{
    [TestMethod]
    [DataRow("2025-01-31", 1, "2025-02-27", null, DisplayName = "first calibration beyond the horizon")]
    [DataRow("2025-01-31", 1, "2025-02-28", "2025-02-28", DisplayName = "end of February")]
    [DataRow("2025-01-31", 1, "2025-03-31", "2025-03-31", DisplayName = "back to the 31st, no drift")]
    [DataRow("2024-02-29", 12, "2026-11-24", "2026-02-28", DisplayName = "leap day, second year")]
    public void Due_dates_count_whole_intervals_from_delivery(string delivered, int months, string horizon, string? expected)
    {
        var due = CalibrationSchedule.LatestDueOnOrBefore(Date(delivered), months, Date(horizon));

        Assert.AreEqual(expected is null ? null : Date(expected), due);
    }

    private static DateOnly Date(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);
}
