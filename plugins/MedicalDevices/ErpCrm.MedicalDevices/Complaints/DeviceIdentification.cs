using Crm.Abstractions.Extensibility;

namespace ErpCrm.MedicalDevices.Complaints;

/// <summary>Whether a complaint's fields say which device it is about: a serial number or a lot number.</summary>
internal static class DeviceIdentification
{
    public static bool IsGiven(IReadOnlyDictionary<string, string> fields) =>
        HasValue(fields, ComplaintFields.DeviceSerial) || HasValue(fields, ComplaintFields.LotNumber);

    /// <summary>Refuses the change, naming the serial number field (the one a clerk usually has at hand).</summary>
    public static void Refuse(CrmChangeContext context) =>
        context.Veto(Messages.ComplaintNeedsDevice, "customFields." + ComplaintFields.DeviceSerial);

    private static bool HasValue(IReadOnlyDictionary<string, string> fields, string code) =>
        fields.TryGetValue(code, out var value) && !string.IsNullOrWhiteSpace(value);
}
