using System.Globalization;
using Crm.Abstractions.Common;
using Crm.Abstractions.Sales;
using CsvHelper;
using CsvHelper.Configuration;

namespace Crm.Module.Sales.Leads;

/// <summary>
/// Reads a CSV file of leads: a header row naming the columns (case, blanks, dashes and underscores
/// ignored, common English and German synonyms accepted), <c>;</c> or <c>,</c> as delimiter (whichever the header
/// uses more), UTF-8 with or without byte-order mark. A row that cannot be read is reported, not thrown.
/// </summary>
internal static class LeadCsv
{
    public const int MaxRows = 10_000;

    private static readonly Dictionary<string, string> Columns = new(StringComparer.Ordinal)
    {
        ["company"] = "company", ["companyname"] = "company", ["firma"] = "company",
        ["contactname"] = "contactName", ["contact"] = "contactName", ["name"] = "contactName", ["kontakt"] = "contactName",
        ["email"] = "email", ["mail"] = "email", ["emailaddress"] = "email",
        ["phone"] = "phone", ["telephone"] = "phone", ["tel"] = "phone", ["phonenumber"] = "phone", ["telefon"] = "phone",
        ["country"] = "country", ["countrycode"] = "country", ["land"] = "country",
        ["postalcode"] = "postalCode", ["postcode"] = "postalCode", ["zip"] = "postalCode", ["zipcode"] = "postalCode", ["plz"] = "postalCode",
        ["city"] = "city", ["town"] = "city", ["ort"] = "city",
        ["source"] = "source",
        ["notes"] = "notes", ["note"] = "notes", ["notizen"] = "notes",
        ["owner"] = "owner",
    };

    /// <summary>One data row: its number in the file (header = 1), its fields, and what made it unreadable.</summary>
    public sealed record Row(int Number, LeadInput Input, string? Owner, string? Problem);

    /// <exception cref="CrmValidationException">No header, unknown or repeated columns, or more than <see cref="MaxRows"/> rows (field <c>file</c>).</exception>
    public static IReadOnlyList<Row> Read(string text)
    {
        text = text.TrimStart('\uFEFF');
        var badRows = new HashSet<int>();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = DetectDelimiter(text),
            HasHeaderRecord = true,
            TrimOptions = TrimOptions.Trim,
            DetectColumnCountChanges = false,
            MissingFieldFound = null,
            BadDataFound = bad => badRows.Add(bad.Context.Parser?.Row ?? 0),
        };
        using var reader = new CsvReader(new StringReader(text), configuration);
        if (!reader.Read() || !reader.ReadHeader() || reader.HeaderRecord is not { Length: > 0 } header)
        {
            throw new CrmValidationException("file", Messages.CsvEmpty);
        }

        var fields = MapHeader(header);
        var rows = new List<Row>();
        while (reader.Read())
        {
            if (rows.Count == MaxRows)
            {
                throw new CrmValidationException("file", string.Format(CultureInfo.CurrentCulture, Messages.CsvTooManyRows, MaxRows));
            }

            // The parser's row counts records as a spreadsheet shows them (a quoted line break stays in
            // its row, a blank line is a row); the record is read first, as it reports bad quotes.
            var record = reader.Parser.Record ?? [];
            var rowNumber = reader.Parser.Row;
            var problem = badRows.Contains(rowNumber)
                ? Messages.CsvQuotes
                : record.Length > header.Length
                    ? string.Format(CultureInfo.CurrentCulture, Messages.CsvFieldCount, record.Length, header.Length)
                    : null;
            string? Field(string name) => fields.TryGetValue(name, out var index) && index < record.Length && record[index].Length > 0 ? record[index] : null;
            rows.Add(new Row(
                rowNumber,
                new LeadInput(Field("company"), Field("contactName"), Field("email"), Field("phone"), Field("country"), Field("postalCode"), Field("city"), Field("source"), Field("notes")),
                Field("owner"),
                problem));
        }

        return rows;
    }

    private static Dictionary<string, int> MapHeader(string[] header)
    {
        var fields = new Dictionary<string, int>(StringComparer.Ordinal);
        var unknown = new List<string>();
        for (var i = 0; i < header.Length; i++)
        {
            var name = new string([.. header[i].Where(char.IsLetterOrDigit)]).ToLowerInvariant();
            if (!Columns.TryGetValue(name, out var field))
            {
                unknown.Add(header[i]);
            }
            else if (!fields.TryAdd(field, i))
            {
                throw new CrmValidationException("file", string.Format(CultureInfo.CurrentCulture, Messages.CsvColumnTwice, field));
            }
        }

        if (unknown.Count > 0)
        {
            throw new CrmValidationException("file", string.Format(CultureInfo.CurrentCulture, Messages.CsvUnknownColumns, string.Join(", ", unknown.Select(u => $"'{u}'"))));
        }

        return fields;
    }

    // The header row decides: spreadsheet programs in German or Korean settings write ';', others ','.
    private static string DetectDelimiter(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? text : text[..end];
        return header.Count(c => c == ';') > header.Count(c => c == ',') ? ";" : ",";
    }
}
