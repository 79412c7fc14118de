namespace Crm.Module.Sales.Pipelines;

// Figures of one stage and currency on the board.
internal sealed class BoardFigureRow
{
    public string Stage { get; set; } = string.Empty;

    public string Currency { get; set; } = string.Empty;

    public long Count { get; set; }

    public decimal Amount { get; set; }

    public decimal Weighted { get; set; }
}
