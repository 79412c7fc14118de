namespace Crm.Testing.Erp.SapBusinessOne;

/// <summary>The believable names, addresses and items the SAP sample data is drawn from.</summary>
internal static class SapSampleCatalog
{
    public sealed record Company(string Name, string Slug, string Street, string ZipCode, string City, string Country, string Currency);

    public sealed record Item(string Code, string Description, decimal PriceInEuro, bool SoldByTheHour);

    public static IReadOnlyList<Company> GermanCustomers { get; } =
    [
        new("Müller Maschinenbau GmbH", "mueller-maschinenbau", "Industriestraße 14", "70565", "Stuttgart", "DE", "EUR"),
        new("Schäfer & Söhne KG", "schaefer-soehne", "Am Markt 3", "50667", "Köln", "DE", "EUR"),
        new("Bäckerei Groß e.K.", "baeckerei-gross", "Bahnhofstraße 22", "80335", "München", "DE", "EUR"),
        new("Weiß Elektrotechnik GmbH", "weiss-elektro", "Gewerbepark 7", "28199", "Bremen", "DE", "EUR"),
        new("Köhler Logistik AG", "koehler-logistik", "Hafenstraße 101", "20457", "Hamburg", "DE", "EUR"),
        new("Brauerei Düsseldorfer Hof", "duesseldorfer-hof", "Altstadt 9", "40213", "Düsseldorf", "DE", "EUR"),
        new("Hoffmann Bürotechnik", "hoffmann-buero", "Königsallee 60", "40212", "Düsseldorf", "DE", "EUR"),
        new("Schmidt & Partner Steuerberatung", "schmidt-partner", "Lindenstraße 5", "10969", "Berlin", "DE", "EUR"),
        new("Fischer Medizintechnik GmbH", "fischer-medtech", "Technologiepark 2", "91052", "Erlangen", "DE", "EUR"),
        new("Wagner Holzbau GmbH & Co. KG", "wagner-holzbau", "Sägewerkweg 1", "87435", "Kempten", "DE", "EUR"),
        new("Becker Feinkost", "becker-feinkost", "Marktplatz 12", "69117", "Heidelberg", "DE", "EUR"),
        new("Schulz Gebäudereinigung", "schulz-reinigung", "Ostring 44", "44787", "Bochum", "DE", "EUR"),
        new("Zimmermann Dachdeckerei", "zimmermann-dach", "Feldweg 8", "01067", "Dresden", "DE", "EUR"),
        new("Krüger Autohaus GmbH", "krueger-autohaus", "Berliner Allee 150", "30175", "Hannover", "DE", "EUR"),
        new("Hartmann Druck & Medien", "hartmann-druck", "Gutenbergstraße 3", "04103", "Leipzig", "DE", "EUR"),
        new("Lange Gartenbau", "lange-gartenbau", "Gärtnerweg 17", "99084", "Erfurt", "DE", "EUR"),
        new("Schröder Kältetechnik GmbH", "schroeder-kaelte", "Nordstraße 29", "24103", "Kiel", "DE", "EUR"),
        new("Neumann IT-Service", "neumann-it", "Rheinuferstraße 6", "55116", "Mainz", "DE", "EUR"),
        new("Apotheke am Dom", "apotheke-am-dom", "Domplatz 1", "48143", "Münster", "DE", "EUR"),
        new("Zahnarztpraxis Dr. Öztürk", "praxis-oeztuerk", "Sonnenstraße 18", "90402", "Nürnberg", "DE", "EUR"),
        new("Richter Sanitär GmbH", "richter-sanitaer", "Wasserweg 4", "34117", "Kassel", "DE", "EUR"),
        new("Klein & Groß Verpackungen", "klein-gross", "Industriering 55", "66111", "Saarbrücken", "DE", "EUR"),
        new("Wolf Sicherheitstechnik", "wolf-sicherheit", "Schloßstraße 77", "76131", "Karlsruhe", "DE", "EUR"),
        new("Jäger Outdoor Ausrüstung", "jaeger-outdoor", "Bergstraße 2", "83471", "Berchtesgaden", "DE", "EUR"),
    ];

    public static IReadOnlyList<Company> KoreanCustomers { get; } =
    [
        new("한빛전자 주식회사", "hanbit-elec", "테헤란로 152", "06236", "서울", "KR", "KRW"),
        new("대한물산", "daehan-trade", "세종대로 110", "04524", "서울", "KR", "KRW"),
        new("삼양식품 유통", "samyang-dist", "해운대로 570", "48094", "부산", "KR", "KRW"),
        new("미래테크", "miraetech", "판교역로 235", "13494", "성남", "KR", "KRW"),
        new("푸른바다 수산", "pureunbada", "자갈치해안로 52", "48984", "부산", "KR", "KRW"),
        new("서울광학", "seoul-optics", "종로 33", "03155", "서울", "KR", "KRW"),
        new("동방건설 주식회사", "dongbang-cons", "중앙대로 300", "35205", "대전", "KR", "KRW"),
        new("가온소프트", "gaonsoft", "월드컵북로 396", "03925", "서울", "KR", "KRW"),
        new("한결인쇄", "hangyeol-print", "을지로 170", "04548", "서울", "KR", "KRW"),
        new("새솔물류", "saesol-logis", "인천대로 200", "22101", "인천", "KR", "KRW"),
        new("다온의료기기", "daon-medical", "동대구로 441", "41260", "대구", "KR", "KRW"),
        new("나래항공부품", "narae-aero", "공항로 72", "61704", "광주", "KR", "KRW"),
        new("초록농산", "chorok-farm", "중앙로 57", "63122", "제주", "KR", "KRW"),
        new("별빛카페", "byeolbit-cafe", "광안해변로 219", "48303", "부산", "KR", "KRW"),
        new("우리정밀", "woori-precision", "산업로 88", "44776", "울산", "KR", "KRW"),
        new("한마음약국", "hanmaeum-pharm", "수원천로 245", "16489", "수원", "KR", "KRW"),
        new("이음디자인", "ieum-design", "성수이로 113", "04796", "서울", "KR", "KRW"),
        new("큰길자동차", "keungil-motors", "경수대로 655", "16470", "수원", "KR", "KRW"),
    ];

    public static IReadOnlyList<Company> EnglishCustomers { get; } =
    [
        new("Acme Industrial Supplies Ltd", "acme-supplies", "12 Station Road", "M1 2AB", "Manchester", "GB", "GBP"),
        new("Blue Harbor Trading Co.", "blueharbor", "400 Pier Avenue", "02110", "Boston", "US", "USD"),
        new("Oakridge Dental Practice", "oakridge-dental", "7 Church Lane", "OX1 3QD", "Oxford", "GB", "GBP"),
        new("Northwind Traders", "northwind", "1 Commerce Way", "98052", "Redmond", "US", "USD"),
        new("Baker Street Consulting", "bakerstreet", "221B Baker Street", "NW1 6XE", "London", "GB", "GBP"),
        new("Silverline Logistics Inc.", "silverline", "88 Harbor Blvd", "90802", "Long Beach", "US", "USD"),
        new("O'Brien & Sons Plumbing", "obrien-plumbing", "3 Quay Street", "BT1 3FG", "Belfast", "GB", "GBP"),
        new("Greenfield Organic Farms", "greenfield", "1200 County Road 5", "80521", "Fort Collins", "US", "USD"),
        new("Redwood Coffee Roasters", "redwood-coffee", "55 Market Street", "94105", "San Francisco", "US", "USD"),
        new("Thames Valley Printing", "thames-print", "18 Reading Road", "RG1 1AA", "Reading", "GB", "GBP"),
        new("Summit Outdoor Gear", "summit-gear", "650 Mountain View Dr", "80302", "Boulder", "US", "USD"),
        new("Bright Smile Orthodontics", "brightsmile", "9 High Street", "EH1 1SR", "Edinburgh", "GB", "GBP"),
        new("Cobalt Software Solutions", "cobalt-software", "300 Innovation Way", "78701", "Austin", "US", "USD"),
        new("Kingfisher Marine Ltd", "kingfisher-marine", "2 Harbour Walk", "PL1 2AB", "Plymouth", "GB", "GBP"),
        new("Maple Leaf Bakery", "mapleleaf", "77 Elm Street", "05401", "Burlington", "US", "USD"),
        new("Windsor Security Services", "windsor-security", "41 Castle Hill", "SL4 1PD", "Windsor", "GB", "GBP"),
        new("Atlas Engineering Group", "atlas-engineering", "1500 Industrial Pkwy", "44114", "Cleveland", "US", "USD"),
        new("Hawthorne & Finch Solicitors", "hawthorne-finch", "5 Temple Row", "B2 5LG", "Birmingham", "GB", "GBP"),
    ];

    /// <summary>Suppliers; one is named almost like a customer, so a missing CardType filter shows in name searches.</summary>
    public static IReadOnlyList<Company> Suppliers { get; } =
    [
        new("Papierfabrik Nord GmbH", "papierfabrik-nord", "Mühlenweg 3", "21335", "Lüneburg", "DE", "EUR"),
        new("Müller Maschinenbau Zulieferteile GmbH", "mueller-zuliefer", "Industriestraße 16", "70565", "Stuttgart", "DE", "EUR"),
        new("한국부품상사", "hanguk-parts", "구로디지털로 31", "08389", "서울", "KR", "KRW"),
        new("Pacific Components Inc.", "pacific-components", "900 Bay Street", "94133", "San Francisco", "US", "USD"),
    ];

    public static IReadOnlyList<Company> Leads { get; } =
    [
        new("Interessent Sonnenhof GmbH", "sonnenhof", "Sonnenweg 1", "79098", "Freiburg", "DE", "EUR"),
        new("잠재고객 미래바이오", "miraebio", "첨단로 10", "28160", "청주", "KR", "KRW"),
        new("Prospect Greenfield Ventures", "greenfield-ventures", "10 Hudson Yards", "10001", "New York", "US", "USD"),
    ];

    public static IReadOnlyList<Item> Items { get; } =
    [
        new("A1000", "Druckerpapier A4, 500 Blatt", 4.90m, false),
        new("A1001", "Toner schwarz HL-5000", 89.00m, false),
        new("A1002", "Kugelschreiber blau (10er)", 6.50m, false),
        new("B2000", "Bürostuhl ergonomisch", 349.00m, false),
        new("B2001", "Schreibtisch höhenverstellbar", 599.00m, false),
        new("C3000", "Wartung pro Stunde", 95.00m, true),
        new("C3001", "Installationspauschale", 250.00m, false),
        new("D4000", "USB-C Dockingstation", 179.00m, false),
        new("D4001", "Monitor 27 Zoll", 289.00m, false),
        new("D4002", "Netzwerkkabel Cat.6, 5 m", 7.95m, false),
        new("E5000", "Kaffeebohnen 1 kg", 18.40m, false),
        new("E5001", "Wasserspender Miete (Monat)", 39.00m, false),
    ];

    /// <summary>
    /// CardCodes that break naive assumptions, by customer position: dashes, a slash and a dot (URL
    /// paths), lower case, a space, leading zeros that a number parse would lose, all 15 characters.
    /// </summary>
    public static IReadOnlyDictionary<int, string> OddCustomerCodes { get; } = new Dictionary<int, string>
    {
        [0] = "C-0001",
        [1] = "C-0002",
        [7] = "C/1007",
        [13] = "c20014",
        [21] = "000123",
        [30] = "C 20031",
        [42] = "C.0042",
        [55] = "C-2024-00000055",
    };

    /// <summary>How many units of a currency one euro buys, and how many decimals its amounts carry.</summary>
    public static (decimal Rate, int Decimals) Currency(string code) => code switch
    {
        "KRW" => (1450m, 0),
        "USD" => (1.08m, 2),
        "GBP" => (0.86m, 2),
        _ => (1m, 2),
    };
}
