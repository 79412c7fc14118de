using Crm.Abstractions.Accounts;
using Crm.Module.Data;
using Crm.Module.Erp.Mapping;

namespace Crm.Module.Accounts;

internal sealed class TimelineEntryRow
{
    public string Kind { get; set; } = string.Empty;

    public object At { get; set; } = string.Empty;

    public object ItemKey { get; set; } = string.Empty;

    public object Title { get; set; } = string.Empty;

    public string? Status { get; set; }

    // object: SQLite types the column per row (NULL for activities, REAL for orders).
    public object? Amount { get; set; }

    public string? Currency { get; set; }

    public AccountTimelineEntry ToEntry() => new(
        Enum.Parse<AccountTimelineKind>(Kind),
        DbValues.ToNullableUtc(At is DateOnly date ? date.ToDateTime(TimeOnly.MinValue) : At)!.Value,
        ErpKey.FromDatabase(ItemKey),
        ErpKey.FromDatabase(Title),
        Status?.TrimEnd(),
        Amount is null or DBNull ? null : Convert.ToDecimal(Amount, System.Globalization.CultureInfo.InvariantCulture),
        Currency?.TrimEnd());
}
