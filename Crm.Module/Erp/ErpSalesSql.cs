using System.Globalization;
using System.Text;
using Crm.Module.Data.Dialects;
using Crm.Module.Erp.Mapping;

namespace Crm.Module.Erp;

/// <summary>
/// The SQL of <see cref="ErpSales"/>: one batch of order lines through the mapped views, paged by
/// orders after the last (day, order key) read, so a batch never splits an order and no page is
/// counted off. The product filter is a prefix match per key prefix, with parameters only.
/// </summary>
internal sealed class ErpSalesSql(ErpViews views, ISqlDialect dialect)
{
    /// <summary>
    /// The escape character of the LIKE patterns: not a backslash, whose meaning in string literals
    /// differs between engines. <c>[</c> is escaped for SQL Server, where it opens a character class.
    /// </summary>
    private const char Escape = '!';

    /// <summary>The batch statement for <paramref name="shape"/>; null when the mapping has no order lines.</summary>
    /// <remarks>
    /// Parameters: <c>@from</c>, <c>@to</c> when bounded, <c>@afterDay</c> and <c>@afterOrder</c>
    /// after the first batch, <c>@take</c> orders, <c>@skip</c> = 0, and per prefix
    /// <c>@likeN</c>, <c>@prefixN</c>, <c>@lengthN</c> (see <see cref="LikePattern"/>).
    /// </remarks>
    public string? Batch(SaleLineBatchShape shape)
    {
        if (views.OrderLines is not { } lines)
        {
            return null;
        }

        var day = dialect.DateOf("o2.order_date");
        var conditions = new List<string>();
        if (shape.HasFrom)
        {
            conditions.Add($"{day} >= {dialect.DateOf("@from")}");
        }

        if (shape.HasTo)
        {
            conditions.Add($"{day} <= {dialect.DateOf("@to")}");
        }

        if (!shape.IsFirst)
        {
            conditions.Add($"({day} > {dialect.DateOf("@afterDay")} OR ({day} = {dialect.DateOf("@afterDay")} AND o2.order_key > @afterOrder))");
        }

        conditions.Add($"EXISTS (SELECT 1 FROM ({lines}) l2 WHERE l2.order_key = o2.order_key{Products("l2", shape.Prefixes)})");
        return $"""
            SELECT RTRIM({dialect.AsText("o.account_key")}) AS AccountKey, c.name AS AccountName, a.owner_user_name AS AccountOwner,
                   o.order_key AS OrderKey, o.order_number AS OrderNumber, p.order_day AS OrderDay, l.line_number AS LineNumber,
                   RTRIM({dialect.AsText("l.product_key")}) AS ProductKey, l.description AS Description,
                   CAST(l.quantity AS decimal(28, 8)) AS Quantity, {dialect.Money("l.line_total")} AS LineTotal, o.currency AS Currency
            FROM (SELECT o2.order_key, {day} AS order_day FROM ({views.Orders}) o2
                  WHERE {string.Join(" AND ", conditions)}
                  ORDER BY {day}, o2.order_key {dialect.Paging}) p
            JOIN ({views.Orders}) o ON o.order_key = p.order_key
            JOIN ({lines}) l ON l.order_key = o.order_key
            LEFT JOIN ({views.Customers}) c ON c.account_key = o.account_key
            LEFT JOIN crm_accounts a ON a.account_key = RTRIM({dialect.AsText("o.account_key")})
            WHERE l.product_key IS NOT NULL{Products("l", shape.Prefixes)}
            ORDER BY p.order_day, o.order_key, l.line_number
            """;
    }

    /// <summary>The LIKE pattern matching keys that start with <paramref name="prefix"/>, its wildcards escaped.</summary>
    public static string LikePattern(string prefix)
    {
        var pattern = new StringBuilder(prefix.Length + 2);
        foreach (var character in prefix)
        {
            if (character is Escape or '%' or '_' or '[')
            {
                pattern.Append(Escape);
            }

            pattern.Append(character);
        }

        return pattern.Append('%').ToString();
    }

    // LIKE lets the engine use an index on the product key; the comparison of the first characters
    // makes the match exact where LIKE ignores case (SQLite) and wherever LIKE and = disagree.
    private string Products(string alias, int prefixCount)
    {
        if (prefixCount == 0)
        {
            return string.Empty;
        }

        var key = dialect.AsText($"{alias}.product_key");
        var matches = Enumerable.Range(0, prefixCount).Select(i => string.Format(
            CultureInfo.InvariantCulture, "({0} LIKE @like{1} ESCAPE '{2}' AND SUBSTRING({0}, 1, @length{1}) = @prefix{1})", key, i, Escape));
        return $" AND ({string.Join(" OR ", matches)})";
    }
}

/// <summary>What varies between the batch statements: how many prefixes, which date bounds, and whether a batch came before.</summary>
internal readonly record struct SaleLineBatchShape(int Prefixes, bool HasFrom, bool HasTo, bool IsFirst);
