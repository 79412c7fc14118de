using System.Text;
using Crm.Module.Data.Dialects;

namespace Crm.Module.Erp.Mapping;

/// <summary>
/// Turns one mapping setting into SQL. A plain value is a column name and is always quoted, so a
/// name from configuration can never close the identifier and smuggle SQL in. A value prefixed with
/// <c>sql:</c> is an expression written by the ERP administrator; its <c>[Name]</c> parts become
/// quoted identifiers of the running dialect, so one expression works on every database. An
/// expression is one expression: no ';', no comments, and no quoting this reader does not follow.
/// </summary>
internal static class MappedSql
{
    public const string ExpressionPrefix = "sql:";

    public static bool IsExpression(string value) => value.StartsWith(ExpressionPrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The SQL for <paramref name="value"/>; a column is qualified with <paramref name="qualifier"/> when given.</summary>
    public static string Translate(ISqlDialect dialect, string setting, string value, string? qualifier = null)
    {
        if (!IsExpression(value))
        {
            return qualifier is null ? dialect.Quote(value) : qualifier + "." + dialect.Quote(value);
        }

        var expression = value[ExpressionPrefix.Length..].Trim();
        if (expression.Length == 0)
        {
            throw new ErpMappingException(setting, "the expression after 'sql:' is empty.");
        }

        return "(" + TranslateExpression(dialect, setting, expression) + ")";
    }

    private static string TranslateExpression(ISqlDialect dialect, string setting, string expression)
    {
        var sql = new StringBuilder(expression.Length + 16);
        var inLiteral = false;
        for (var i = 0; i < expression.Length; i++)
        {
            var c = expression[i];
            if (inLiteral)
            {
                // PostgreSQL's E'...' strings end a literal elsewhere than a plain one: no backslashes,
                // so that this reader and every database agree on where a literal ends.
                if (c == '\\')
                {
                    throw new ErpMappingException(setting, "a string literal in an expression may not contain '\\'.");
                }

                sql.Append(c);
                inLiteral = c != '\'';
                continue;
            }

            switch (c)
            {
                case '\'':
                    inLiteral = true;
                    sql.Append(c);
                    break;
                case '[':
                    i = ReadBracketedName(dialect, setting, expression, i, sql);
                    break;
                case ';':
                    throw new ErpMappingException(setting, "an expression may not contain ';' (one expression, not statements).");

                // Other ways to quote (identifiers in double quotes or back ticks, PostgreSQL's dollar
                // quotes) would hide a ';' or a comment from this reader: names are written [Name].
                case '"' or '`':
                    throw new ErpMappingException(setting, $"an expression may not contain '{c}': write names as [Name].");
                case '$':
                    throw new ErpMappingException(setting, "an expression may not contain '$' outside a string literal.");
                case '-' when Next(expression, i) == '-':
                case '/' when Next(expression, i) == '*':
                    throw new ErpMappingException(setting, "an expression may not contain SQL comments.");
                default:
                    sql.Append(c);
                    break;
            }
        }

        if (inLiteral)
        {
            throw new ErpMappingException(setting, "a string literal in the expression is not closed.");
        }

        return sql.ToString();
    }

    // Reads "[Name]" starting at the '[' (a "]]" inside stands for one ']') and appends it quoted.
    private static int ReadBracketedName(ISqlDialect dialect, string setting, string expression, int start, StringBuilder sql)
    {
        var name = new StringBuilder();
        for (var i = start + 1; i < expression.Length; i++)
        {
            if (expression[i] != ']')
            {
                name.Append(expression[i]);
                continue;
            }

            if (Next(expression, i) == ']')
            {
                name.Append(']');
                i++;
                continue;
            }

            if (name.Length == 0)
            {
                throw new ErpMappingException(setting, "an expression contains an empty name '[]'.");
            }

            sql.Append(dialect.Quote(name.ToString()));
            return i;
        }

        throw new ErpMappingException(setting, "a '[' in the expression is not closed by ']'.");
    }

    private static char Next(string text, int index) => index + 1 < text.Length ? text[index + 1] : '\0';
}
