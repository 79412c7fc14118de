using System.Globalization;

namespace Host.Sample.Erp.DemoData;

/// <summary>
/// Names and addresses in the United States and the United Kingdom. Telephone numbers come from the
/// ranges reserved for fiction (555-01xx, Ofcom's drama numbers), so none of them rings anyone.
/// </summary>
internal static class EnglishContacts
{
    private static readonly string[] Surnames =
    [
        "Smith", "Johnson", "Williams", "Brown", "Taylor", "O'Brien", "Anderson", "Clarke", "Wright", "Walker",
        "Hughes", "Patel", "Nguyen", "Murphy", "Davies", "Evans", "Thompson", "Robinson", "Lewis", "Harris",
    ];

    private static readonly string[] FirstNames =
    [
        "Emily", "James", "Olivia", "Michael", "Sophie", "Daniel", "Charlotte", "William", "Grace", "Oliver",
        "Amelia", "Noah", "Priya", "Connor",
    ];

    private static readonly string[] Adjectives = ["Golden", "Little", "Copper", "Silver", "Old", "Blue", "Red", "Green"];

    private static readonly RegionCity[] UsCities =
    [
        new("New York", "10001", "212"), new("Chicago", "60601", "312"), new("Seattle", "98101", "206"),
        new("Austin", "78701", "512"), new("Boston", "02108", "617"), new("San Francisco", "94103", "415"),
        new("Portland", "97204", "503"), new("Denver", "80202", "303"),
    ];

    // The area code here includes the exchange of the drama range; the caller adds 0xxx.
    private static readonly RegionCity[] UkCities =
    [
        new("London", "EC1A 1BB", "20 7946"), new("Manchester", "M1 1AE", "161 496"), new("Bristol", "BS1 4DJ", "117 496"),
        new("Edinburgh", "EH1 1YZ", "131 496"), new("Leeds", "LS1 4DY", "113 496"), new("Cardiff", "CF10 1EP", "29 2018"),
    ];

    private static readonly string[] UsStreets = ["Main Street", "Market Street", "Oak Street", "Maple Avenue", "Pine Street", "Broadway", "Elm Street"];

    private static readonly string[] UkStreets = ["High Street", "Station Road", "Church Lane", "Victoria Road", "King Street", "Mill Lane", "Park Road"];

    // {0} and {1} are surnames, {2} an adjective; the second pattern is the e-mail domain without its suffix.
    private static readonly (string Name, string Domain)[] UsCompanyForms =
    [
        ("{0} Coffee Co.", "{0}coffee"), ("{0} & Sons Bakery", "{0}andsons"), ("{0} Hospitality Inc.", "{0}hospitality"),
        ("{0} Roasters LLC", "{0}roasters"), ("The {2} Bean Café", "the{2}bean"), ("{0} Office Solutions Inc.", "{0}office"),
        ("{0} & {1} Catering LLC", "{0}{1}catering"),
    ];

    private static readonly (string Name, string Domain)[] UkCompanyForms =
    [
        ("{0} & Sons Ltd", "{0}andsons"), ("{0} Tea Rooms Ltd", "{0}tearooms"), ("The {2} Kettle", "the{2}kettle"),
        ("{0} Catering Ltd", "{0}catering"), ("{0} & {1} LLP", "{0}{1}"), ("{0} Family Bakery", "{0}bakery"),
    ];

    private static readonly string[] Mailboxes = ["info", "orders", "accounts", "hello"];

    public static DemoContact Create(Random random, string country, bool isCompany)
    {
        var isUs = country switch
        {
            "US" => true,
            "GB" => false,
            _ => throw new ArgumentOutOfRangeException(nameof(country), country, "Not an English-speaking country."),
        };
        var city = random.Pick(isUs ? UsCities : UkCities);
        var street = $"{random.Next(1, isUs ? 2000 : 200)} {random.Pick(isUs ? UsStreets : UkStreets)}";
        var phone = isUs
            ? $"+1 {city.AreaCode}-555-01{random.Next(100):D2}"
            : $"+44 {city.AreaCode} 0{random.Next(1000):D3}";
        var surname = random.Pick(Surnames);
        if (!isCompany)
        {
            var firstName = random.Pick(FirstNames);
            string[] providers = isUs ? ["gmail.com", "outlook.com", "yahoo.com"] : ["btinternet.com", "gmail.com", "outlook.com"];
            var email = $"{DemoSlug.From(firstName)}.{DemoSlug.From(surname)}@{random.Pick(providers)}";
            return new DemoContact($"{firstName} {surname}", email, phone, street, city.PostalCode, city.Name);
        }

        var partner = random.Pick(Surnames);
        var adjective = random.Pick(Adjectives);
        var (nameForm, domainForm) = random.Pick(isUs ? UsCompanyForms : UkCompanyForms);
        var name = string.Format(CultureInfo.InvariantCulture, nameForm, surname, partner, adjective);
        var domain = string.Format(CultureInfo.InvariantCulture, domainForm, DemoSlug.From(surname), DemoSlug.From(partner), DemoSlug.From(adjective));
        return new DemoContact(name, $"{random.Pick(Mailboxes)}@{domain}.{(isUs ? "com" : "co.uk")}", phone, street, city.PostalCode, city.Name);
    }
}
