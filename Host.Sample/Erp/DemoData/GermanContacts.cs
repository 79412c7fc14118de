using System.Globalization;

namespace Host.Sample.Erp.DemoData;

/// <summary>Names and addresses in Germany, Austria and Switzerland.</summary>
internal static class GermanContacts
{
    private static readonly string[] Surnames =
    [
        "Müller", "Schäfer", "Öztürk", "Weiß", "Groß", "Fuchs", "Köhler", "Schröder", "Böhm", "Krüger",
        "Jäger", "Hoffmann", "Schmitz", "Wagner", "Becker", "Bauer", "Richter", "Klein", "Wolf", "Neumann",
        "Schwarz", "Zimmermann", "Braun", "Hartmann", "Lange", "Yılmaz", "Kaya", "Nowak", "Lehmann", "Vogel",
    ];

    private static readonly string[] FirstNames =
    [
        "Jürgen", "Anna", "Lukas", "Sophie", "Günther", "Jörg", "Björn", "Lena", "Matthias", "Katharina",
        "Stefan", "Sabine", "Felix", "Hannah", "Uwe", "Ayşe", "Mehmet", "Monika", "Tobias", "Julia",
    ];

    private static readonly string[] Streets =
    [
        "Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Goethestraße", "Lindenallee", "Am Marktplatz",
        "Friedrichstraße", "Mühlenweg", "Gartenstraße", "Kirchgasse", "Königstraße", "Rosenweg", "Brückenstraße",
    ];

    private static readonly RegionCity[] GermanCities =
    [
        new("Berlin", "10115", "30"), new("Hamburg", "20095", "40"), new("München", "80331", "89"),
        new("Köln", "50667", "221"), new("Frankfurt am Main", "60311", "69"), new("Stuttgart", "70173", "711"),
        new("Düsseldorf", "40213", "211"), new("Leipzig", "04109", "341"), new("Nürnberg", "90402", "911"),
        new("Dresden", "01067", "351"), new("Münster", "48143", "251"), new("Würzburg", "97070", "931"),
        new("Lübeck", "23552", "451"), new("Göttingen", "37073", "551"), new("Freiburg im Breisgau", "79098", "761"),
    ];

    private static readonly RegionCity[] AustrianCities =
    [
        new("Wien", "1010", "1"), new("Graz", "8010", "316"), new("Linz", "4020", "732"),
        new("Salzburg", "5020", "662"), new("Innsbruck", "6020", "512"),
    ];

    private static readonly RegionCity[] SwissCities =
    [
        new("Zürich", "8001", "44"), new("Basel", "4051", "61"), new("Bern", "3011", "31"),
        new("Luzern", "6003", "41"), new("St. Gallen", "9000", "71"),
    ];

    // {0} and {1} are surnames; the second pattern is the e-mail domain without its country suffix.
    private static readonly (string Name, string Domain)[] CompanyForms =
    [
        ("{0} GmbH", "{0}-gmbh"), ("{0} & Söhne KG", "{0}-soehne"), ("Bäckerei {0}", "baeckerei-{0}"),
        ("Konditorei {0}", "konditorei-{0}"), ("Café {0}", "cafe-{0}"), ("{0} & {1} OHG", "{0}-{1}"),
        ("{0} Gastronomie GmbH", "{0}-gastronomie"), ("Hotel {0}", "hotel-{0}"), ("{0} Büroservice GmbH", "{0}-buero"),
        ("Kaffeerösterei {0} e.K.", "roesterei-{0}"),
    ];

    private static readonly string[] Mailboxes = ["info", "bestellung", "einkauf", "buchhaltung"];

    public static DemoContact Create(Random random, string country, bool isCompany)
    {
        var (cities, countryCode, dialCode, mailProviders) = country switch
        {
            "DE" => (GermanCities, "de", "+49", new[] { "gmx.de", "web.de", "t-online.de" }),
            "AT" => (AustrianCities, "at", "+43", new[] { "gmx.at", "aon.at" }),
            "CH" => (SwissCities, "ch", "+41", new[] { "bluewin.ch", "gmx.ch" }),
            _ => throw new ArgumentOutOfRangeException(nameof(country), country, "Not a German-speaking country."),
        };
        var city = random.Pick(cities);
        var street = $"{random.Pick(Streets)} {random.Next(1, 120)}";
        if (country == "CH")
        {
            // The Swiss do not write ß.
            street = street.Replace("ß", "ss", StringComparison.Ordinal);
        }

        var phone = $"{dialCode} {city.AreaCode} {random.Next(200_000, 9_999_999)}";
        var surname = random.Pick(Surnames);
        if (!isCompany)
        {
            var firstName = random.Pick(FirstNames);
            var email = $"{DemoSlug.From(firstName)}.{DemoSlug.From(surname)}@{random.Pick(mailProviders)}";
            return new DemoContact($"{firstName} {surname}", email, phone, street, city.PostalCode, city.Name);
        }

        var partner = random.Pick(Surnames);
        var (nameForm, domainForm) = random.Pick(CompanyForms);
        var name = string.Format(CultureInfo.InvariantCulture, nameForm, surname, partner);
        var domain = string.Format(CultureInfo.InvariantCulture, domainForm, DemoSlug.From(surname), DemoSlug.From(partner));
        return new DemoContact(name, $"{random.Pick(Mailboxes)}@{domain}.{countryCode}", phone, street, city.PostalCode, city.Name);
    }
}
