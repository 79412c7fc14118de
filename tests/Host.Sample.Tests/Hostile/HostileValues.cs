using System.Text;
using System.Text.Json;

namespace Host.Sample.Tests.Hostile;

/// <summary>What an attacker or a broken client sends: field values, whole bodies and route keys, as raw text.</summary>
internal static class HostileValues
{
    private const string SqlInjection = "' OR 1=1 --";
    private const string SqlDrop = "; DROP TABLE crm_leads;";

    /// <summary>Field values as JSON text: strings of every awkward kind, then values of the wrong type.</summary>
    public static IReadOnlyList<string> Fields { get; } =
    [
        Text(string.Empty),
        Text("   "),
        Text(new string('x', 100_000)),
        Text("\u0000"),
        Text("a\u0000b"),
        Text("\u001b[2J\u001b[31mred"),
        Text("\u202egnp.exe"),
        Text("\r\n\t"),
        Text("한국어 عربي 😀 Ελληνικά"),
        Text(SqlInjection),
        Text(SqlDrop),
        Text("../../..%2F..%2Fetc/passwd"),
        Text("%00"),
        Text("C10001'--"),
        "\"\\ud800\"",
        Text("2027-02-30"),
        Text("9999-12-31T23:59:59+14:00"),
        Text("-1e400"),
        "0",
        "-1",
        "1.5",
        "1e308",
        "-99999999999999999999999999",
        "true",
        "null",
        "[]",
        "[1,\"a\",null]",
        "{}",
        "{" + Text(SqlInjection) + ":\"x\"," + Text("../..") + ":1,\"\\u0000\":null,\"__proto__\":{}}",
    ];

    /// <summary>Whole JSON bodies that are not what any route reads.</summary>
    public static IReadOnlyList<(string Name, byte[] Body, string ContentType)> Bodies(string validBody) =>
    [
        ("empty body", [], "application/json"),
        ("unclosed object", Utf8("{"), "application/json"),
        ("array", Utf8("[]"), "application/json"),
        ("null", Utf8("null"), "application/json"),
        ("bare string", Utf8("\"text\""), "application/json"),
        ("missing value", Utf8("{\"a\":}"), "application/json"),
        ("deep nesting", Utf8("{\"a\":" + new string('[', 10_000)), "application/json"),
        ("trailing garbage", Utf8(validBody + "xyz"), "application/json"),
        ("comment", Utf8("/* hi */" + validBody), "application/json"),
        ("single quotes", Utf8(validBody.Replace('"', '\'')), "application/json"),
        ("text/plain", Utf8(validBody), "text/plain"),
        ("no content type", Utf8(validBody), string.Empty),
        ("invalid UTF-8", [.. Utf8("{\"a\":\""), 0xC3, 0x28, 0xFF, .. Utf8("\"}")], "application/json"),
        ("byte order mark", [0xEF, 0xBB, 0xBF, .. Utf8(validBody)], "application/json"),
        ("hostile keys", Utf8(WithHostileKeys(validBody)), "application/json"),
        ("1 MB of spaces", Utf8(new string(' ', 1_000_000) + validBody), "application/json"),
    ];

    /// <summary>CSV files for the import: malformed, and valid ones carrying every hostile text.</summary>
    public static IEnumerable<(string Name, byte[] Body)> CsvFiles()
    {
        yield return ("empty file", []);
        yield return ("header only", Utf8("company;email\n"));
        yield return ("unclosed quote", Utf8("company;email\n\"Open;x@example.com\n"));
        yield return ("binary", [0x00, 0xFF, 0xFE, 0x01, 0x0A, 0x0D]);
        yield return ("many columns", Utf8(string.Join(';', Enumerable.Range(0, 5_000)) + "\n"));
        foreach (var value in Fields.Where(f => f.StartsWith('"')))
        {
            var text = JsonSerializer.Deserialize<string>(value.Replace("\\ud800", "?", StringComparison.Ordinal)) ?? string.Empty;
            yield return ("company " + Shorten(value), Utf8($"company;email;country\n{text};fuzz@csv.example;DE\n"));
        }
    }

    /// <summary>Route keys: path tricks, NUL, injection, huge and out-of-range numbers.</summary>
    public static IReadOnlyList<string> Keys { get; } =
    [
        "..%2F..",
        "..%2F..%2F..%2Fetc%2Fpasswd",
        "%00",
        "%2e%2e",
        "C10001'--",
        "C10001%27%20OR%201%3D1%20--",
        "%3B%20DROP%20TABLE%20crm_leads%3B",
        "%E2%80%AE",
        "%ED%95%9C%EA%B5%AD",
        "-1",
        "0",
        "9223372036854775808",
        new string('9', 2_000),
        new string('k', 2_000),
    ];

    /// <summary>
    /// Whether Kestrel answers the request itself (a bare 400 or 414) before routing: a NUL in the path
    /// (not the query, which Kestrel does not decode), or a request line over its 8 kB limit.
    /// </summary>
    public static bool KestrelRefuses(string path) =>
        path.Split('?')[0].Contains("%00", StringComparison.Ordinal) || path.Length > 8_000;

    /// <summary>
    /// Query strings, already percent-encoded as they go on the wire: paging out of range and not
    /// numbers, unknown sort fields, SQL in every parameter the routes read, repeated keys, very long
    /// values, encoding tricks and invalid UTF-8; <c>cf.&lt;code&gt;</c> filters for each custom field code.
    /// </summary>
    public static IReadOnlyList<string> Queries(IEnumerable<string> customFieldCodes)
    {
        List<string> queries =
        [
            .. WriteQueries,
            "page=-1", "page=0", "page=99999999999999999999", "page=abc", "page=1e3", "page=1.5", "page=%20",
            "pageSize=-5", "pageSize=0", "pageSize=2147483648", "pageSize=1000000", "pageSize=NaN",
            "sort=nonexistent", "sort=-", "sort=company%20desc%2C(select%201)", "sort=%27", "sort=id%3B%20DROP%20TABLE%20crm_leads",
            "search=%25", "search=_", "search=%5C", "search=" + new string('x', 7_000), "search=" + new string('x', 9_000),
            "status=%00", "owner=%27--", "team=%3B", "view=%27", "unowned=2", "stage=%E2%80%AE", "pipeline=%27", "account=C10001%27--",
            "order=-1", "invoice=%27", "customer=%27%20OR%201%3D1", "from=2026-13", "to=0000-00", "from=9999-99-99&to=-1",
            "tier=%27%3B", "entity=..%2F..", "kinds=%27,,", "toleranceDays=-99999999999", "cards=-1", "culture=xx-INVALID",
            "search=%2525", "search=%", "search=%zz", "search=%u0027", "search=%C0%AF", "search=%ED%A0%80", "search=%FF%FE",
            "search=+%2B+", "%3D%3D=%26%26", "&&&==&", "=", "page", "pageSize=", "page%00=1", "PAGE=-1", "a[]=1&a[b]=2",
            "sort=a&sort=b&sort=c", "cf.nosuch=1", "cf.=1", "cf.%27%3B--=1", "cf.%00=1",
        ];
        foreach (var code in customFieldCodes)
        {
            queries.Add($"cf.{code}=%27%20OR%201%3D1%20--");
            queries.Add($"cf.{code}=%3B%20DROP%20TABLE%20crm_leads%3B");
            queries.Add($"cf.{code}={new string('9', 2_000)}");
            queries.Add($"cf.{code}=1&cf.{code}=2");
            queries.Add($"cf.{code}=%C3%28");
        }

        return queries;
    }

    /// <summary>The query strings also sent to every write route: the flags writes read, and the worst of the rest.</summary>
    public static IReadOnlyList<string> WriteQueries { get; } =
    [
        "dryRun=maybe", "dryRun=%00", "dryRun=true&dryRun=false", "skipInvalid=%27", "dryRun=TRUE",
        "page=1&page=2&pageSize=10&pageSize=-1", "search=%27%20OR%201%3D1%20--", "sort=company%3B%20DROP%20TABLE%20crm_leads",
        "search=%C3%28%FF", "version=-1", "search=" + new string('q', 4_000),
    ];

    public static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + $"…({text.Length} chars)";

    private static string Text(string value) => JsonSerializer.Serialize(value);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string WithHostileKeys(string validBody) =>
        validBody.Length < 2
            ? "{}"
            : "{" + Text(SqlInjection) + ":1," + Text(SqlDrop) + ":\"x\",\"../../x\":2,\"\\u0000\":3,\"__proto__\":{\"admin\":true}," + validBody[1..];
}
