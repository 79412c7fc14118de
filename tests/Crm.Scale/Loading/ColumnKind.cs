namespace Crm.Scale.Loading;

/// <summary>The few column types the generated tables use, as the loaders must bind them.</summary>
internal enum ColumnKind
{
    Text,
    Int32,
    Int64,
    Decimal,

    /// <summary>A date column; the value is a midnight <see cref="DateTime"/> like the ERP writes.</summary>
    Date,

    /// <summary>A timestamp column; the value is a UTC instant as a <see cref="DateTime"/> without kind, like the add-on writes.</summary>
    Timestamp,
}
