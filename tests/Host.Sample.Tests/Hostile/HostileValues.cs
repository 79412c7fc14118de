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

    /// <summary>Whether Kestrel answers the path itself (a bare 400) before routing: a NUL anywhere in it.</summary>
    public static bool KestrelRefuses(string path) => path.Contains("%00", StringComparison.Ordinal);

    public static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + $"…({text.Length} chars)";

    private static string Text(string value) => JsonSerializer.Serialize(value);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string WithHostileKeys(string validBody) =>
        validBody.Length < 2
            ? "{}"
            : "{" + Text(SqlInjection) + ":1," + Text(SqlDrop) + ":\"x\",\"../../x\":2,\"\\u0000\":3,\"__proto__\":{\"admin\":true}," + validBody[1..];
}
