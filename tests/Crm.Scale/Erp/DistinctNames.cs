using System.Globalization;
using Host.Sample.Erp.DemoData;

namespace Crm.Scale.Erp;

/// <summary>
/// The demo's name lists hold a few thousand distinct names; at 100,000 customers most would repeat
/// 20 times over, which makes searches and duplicate checks unrealistically crowded. A repeated name
/// gets the city (as firms with branches are named: "Café Müller Köln"), then a branch number, and its
/// e-mail address a number of its own, so names and addresses stay believable and mostly distinct.
/// </summary>
internal static class DistinctNames
{
    public static IReadOnlyList<DemoCustomer> Apply(IReadOnlyList<DemoCustomer> customers)
    {
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new DemoCustomer[customers.Count];
        for (var index = 0; index < customers.Count; index++)
        {
            var customer = customers[index];
            var row = customer.Row;
            var name = row.Name;
            if (!used.TryAdd(name, 1))
            {
                name = $"{row.Name} {row.City}";
                var branch = used.TryGetValue(name, out var seen) ? seen + 1 : 1;
                used[name] = branch;
                if (branch > 1)
                {
                    name = string.Create(CultureInfo.InvariantCulture, $"{name} {branch}");
                }

                used.TryAdd(name, 1);
                row = row with { Name = name, Email = WithBranch(row.Email, used.Count) };
            }

            result[index] = customer with { Row = row };
        }

        return result;
    }

    // info@cafe-mueller.de becomes info1234@cafe-mueller.de, anna.weiss@gmx.de anna.weiss1234@gmx.de.
    private static string? WithBranch(string? email, int number)
    {
        var at = email?.LastIndexOf('@') ?? -1;
        return email is null || at <= 0
            ? email
            : string.Create(CultureInfo.InvariantCulture, $"{email[..at]}{number}{email[at..]}");
    }
}
