using FluentMigrator.Expressions;

namespace Crm.Module.Plugins.Migrations;

/// <summary>
/// Checks what a plugin's migration would do before anything runs: every table it creates, alters,
/// deletes, renames, indexes, links by foreign key or writes data to must carry the plugin's prefix,
/// in the default schema. What cannot be checked is refused: raw SQL (<c>Execute.Sql</c>, scripts,
/// <c>Execute.WithConnection</c>), schemas and sequences, and any kind of expression this check does
/// not know.
/// </summary>
internal static class PluginMigrationCheck
{
    /// <returns>Why the migration is refused; null when it keeps to the plugin's tables.</returns>
    public static string? Problem(IEnumerable<IMigrationExpression> expressions, string prefix)
    {
        foreach (var expression in expressions)
        {
            var tables = TablesOf(expression);
            if (tables is null)
            {
                return $"{expression.GetType().Name} cannot be checked against the table prefix; plugins may not use it (no raw SQL, schemas or sequences).";
            }

            foreach (var (table, schema) in tables)
            {
                if (!string.IsNullOrEmpty(schema))
                {
                    return $"{expression.GetType().Name} names the schema '{schema}'; plugin tables live in the default schema.";
                }

                if (table is null || !table.StartsWith(prefix, StringComparison.Ordinal) || table.Length == prefix.Length)
                {
                    return $"{expression.GetType().Name} touches the table '{table}', which does not start with the plugin's prefix '{prefix}'.";
                }
            }
        }

        return null;
    }

    // The tables an expression touches with their schemas; null for an expression that cannot be checked.
    private static (string? Table, string? Schema)[]? TablesOf(IMigrationExpression expression) => expression switch
    {
        CreateTableExpression e => [(e.TableName, e.SchemaName)],
        AlterTableExpression e => [(e.TableName, e.SchemaName)],
        DeleteTableExpression e => [(e.TableName, e.SchemaName)],
        RenameTableExpression e => [(e.OldName, e.SchemaName), (e.NewName, e.SchemaName)],
        CreateColumnExpression e => [(e.TableName, e.SchemaName)],
        AlterColumnExpression e => [(e.TableName, e.SchemaName)],
        DeleteColumnExpression e => [(e.TableName, e.SchemaName)],
        RenameColumnExpression e => [(e.TableName, e.SchemaName)],
        AlterDefaultConstraintExpression e => [(e.TableName, e.SchemaName)],
        DeleteDefaultConstraintExpression e => [(e.TableName, e.SchemaName)],
        CreateIndexExpression e => [(e.Index.TableName, e.Index.SchemaName)],
        DeleteIndexExpression e => [(e.Index.TableName, e.Index.SchemaName)],
        CreateConstraintExpression e => [(e.Constraint.TableName, e.Constraint.SchemaName)],
        DeleteConstraintExpression e => [(e.Constraint.TableName, e.Constraint.SchemaName)],
        CreateForeignKeyExpression e => [(e.ForeignKey.ForeignTable, e.ForeignKey.ForeignTableSchema), (e.ForeignKey.PrimaryTable, e.ForeignKey.PrimaryTableSchema)],
        DeleteForeignKeyExpression e => [(e.ForeignKey.ForeignTable, e.ForeignKey.ForeignTableSchema)],
        InsertDataExpression e => [(e.TableName, e.SchemaName)],
        UpdateDataExpression e => [(e.TableName, e.SchemaName)],
        DeleteDataExpression e => [(e.TableName, e.SchemaName)],
        _ => null,
    };
}
