namespace Crm.Scale.Loading;

/// <summary>
/// A table the generator fills: its columns in the order every row lists its values, and the
/// identity column (if any) whose sequence must move past the generated ids on PostgreSQL.
/// </summary>
internal sealed record TableShape(string Name, IReadOnlyList<(string Name, ColumnKind Kind)> Columns, string? IdentityColumn = null)
{
    public string ColumnList => string.Join(", ", Columns.Select(column => column.Name));
}
