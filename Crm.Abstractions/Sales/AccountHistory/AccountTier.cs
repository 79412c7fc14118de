namespace Crm.Abstractions.Sales;

/// <summary>
/// An account's RFM tier, from its recency score R and the mean FM of its frequency and monetary
/// scores (each 1 to 5). The first rule that applies decides:
/// Champions (R ≥ 4, FM ≥ 4), Loyal (R ≥ 3, FM ≥ 3), New (R ≥ 4, F = 1), Potential (R ≥ 3),
/// CantLose (FM ≥ 4), AtRisk (FM ≥ 3), Hibernating (R = 2), Lost (the rest: R = 1, FM &lt; 3).
/// </summary>
public enum AccountTier
{
    /// <summary>Ordered lately, often and much.</summary>
    Champions,

    /// <summary>Orders regularly and spends well.</summary>
    Loyal,

    /// <summary>Ordered lately, but little so far.</summary>
    Potential,

    /// <summary>Ordered lately for the first times.</summary>
    New,

    /// <summary>Used to order often or much, has not for a while.</summary>
    AtRisk,

    /// <summary>Among the best customers, but silent for long.</summary>
    CantLose,

    /// <summary>Ordered little, some time ago.</summary>
    Hibernating,

    /// <summary>Ordered little, long ago.</summary>
    Lost,
}
