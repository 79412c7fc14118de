using Crm.Module.Data;

namespace Crm.Module.Privacy;

/// <summary>One column of an export: the table's column and the name a data protection officer reads in the document.</summary>
internal sealed record ExportColumn(string Column, string Name, ExportValue Kind = ExportValue.Text)
{
    /// <summary>The column's value in one engine-neutral form: UTC timestamps, whole numbers as long, texts as they are.</summary>
    public object? Read(object? value) => value is null or DBNull ? null : Kind switch
    {
        ExportValue.Timestamp => DbValues.ToNullableUtc(value),
        ExportValue.Date => DbValues.ToNullableDate(value),
        ExportValue.Number => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>How an export column's value is read.</summary>
internal enum ExportValue
{
    Text,
    Number,
    Timestamp,
    Date,
}
