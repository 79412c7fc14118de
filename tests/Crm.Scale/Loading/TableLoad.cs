namespace Crm.Scale.Loading;

/// <summary>
/// One table to fill: its shape, how many rows the scale asks for, and the rows themselves, made
/// while they are written. A row array may be reused for the next row, so a loader must write it
/// before it asks for the next one.
/// </summary>
internal sealed record TableLoad(TableShape Shape, long ExpectedRows, Func<IEnumerable<object?[]>> Rows);
