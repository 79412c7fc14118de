using System.Globalization;
using System.Text;

namespace Crm.Scale;

/// <summary>The end-of-run table: rows, seconds and rows per second per table.</summary>
public static class ReportText
{
    public static string Format(ScaleReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        text.AppendLine(culture, $"{"table",-26} {"rows",12} {"seconds",9} {"rows/s",10}");
        foreach (var table in report.Tables)
        {
            text.AppendLine(culture, $"{table.Table,-26} {table.Rows,12:N0} {table.Elapsed.TotalSeconds,9:F1} {table.RowsPerSecond,10:N0}");
        }

        var rows = report.Tables.Sum(table => table.Rows);
        text.AppendLine(culture, $"{"all tables",-26} {rows,12:N0} {report.Tables.Sum(table => table.Elapsed.TotalSeconds),9:F1}");
        text.Append(culture, $"schema {report.Schema.TotalSeconds:F1} s, ANALYZE and settings {report.Finish.TotalSeconds:F1} s, total {report.Total.TotalSeconds:F1} s");
        return text.ToString();
    }
}
