namespace Crm.Testing.Databases;

/// <summary>A column of a <see cref="TestTable"/>.</summary>
public sealed record TestColumn(string Name, SqlColumnType Type, bool Nullable = true);
