using Crm.Abstractions.Inquiries;
using Crm.Module.Data;

namespace Crm.Module.Inquiries;

internal sealed class TimelineRow
{
    public object At { get; set; } = string.Empty;

    public string ByUser { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public string? FromStatus { get; set; }

    public string? ToStatus { get; set; }

    public string? Team { get; set; }

    public string? Assignee { get; set; }

    public string? Text { get; set; }

    public InquiryTimelineEntry ToEntry() => new(
        DbValues.ToNullableUtc(At)!.Value,
        ByUser,
        Kind,
        FromStatus is null ? null : Enum.Parse<InquiryStatus>(FromStatus),
        ToStatus is null ? null : Enum.Parse<InquiryStatus>(ToStatus),
        Team,
        Assignee,
        Text);
}
