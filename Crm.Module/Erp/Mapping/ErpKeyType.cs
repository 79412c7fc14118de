namespace Crm.Module.Erp.Mapping;

/// <summary>How the ERP stores a key column; decides how a key from a URL becomes a SQL parameter.</summary>
public enum ErpKeyType
{
    /// <summary>Variable-length text (varchar, nvarchar, text).</summary>
    Text,

    /// <summary>
    /// Fixed-length text such as <c>nchar(5)</c>: values are space-padded to <c>KeyLength</c> before
    /// comparing, so the ERP's index on the raw column is still used.
    /// </summary>
    FixedText,

    /// <summary>Whole numbers (int, bigint); a key that is not a number matches nothing.</summary>
    Number,
}
