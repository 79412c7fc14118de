namespace Host.Sample.Erp.DemoData;

/// <summary>How a customer pays its invoices.</summary>
internal enum PaymentHabit
{
    /// <summary>Pays shortly before or on the due date.</summary>
    Punctual,

    /// <summary>Pays up to about six weeks late.</summary>
    Late,

    /// <summary>Pays very late, sometimes only in part, sometimes not at all.</summary>
    Poor,

    /// <summary>Pays within days of the invoice.</summary>
    Prompt,
}
