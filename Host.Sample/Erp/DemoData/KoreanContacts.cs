namespace Host.Sample.Erp.DemoData;

/// <summary>Korean names and addresses in Hangul; the romanised forms only build e-mail addresses.</summary>
internal static class KoreanContacts
{
    private sealed record City(string Name, string PostalCode, string AreaCode, string[] Streets);

    private static readonly City[] Cities =
    [
        new("서울", "06236", "2", ["테헤란로", "세종대로", "강남대로", "을지로"]),
        new("부산", "48094", "51", ["해운대로", "중앙대로", "광안해변로"]),
        new("인천", "21554", "32", ["인하로", "경인로"]),
        new("대구", "41911", "53", ["동성로", "달구벌대로"]),
        new("대전", "35208", "42", ["한밭대로", "대덕대로"]),
        new("광주", "61475", "62", ["금남로", "상무대로"]),
        new("수원", "16489", "31", ["효원로", "경수대로"]),
        new("울산", "44675", "52", ["삼산로", "번영로"]),
        new("제주", "63122", "64", ["중앙로", "연동로"]),
        new("성남", "13494", "31", ["판교역로", "정자일로"]),
    ];

    private static readonly (string Hangul, string Latin)[] CompanyWords =
    [
        ("한빛", "hanbit"), ("대한", "daehan"), ("미래", "mirae"), ("하늘", "haneul"), ("푸른", "pureun"),
        ("동해", "donghae"), ("청솔", "cheongsol"), ("새봄", "saebom"), ("금강", "geumgang"), ("한강", "hangang"),
        ("백두", "baekdu"), ("태양", "taeyang"), ("은하", "eunha"), ("소망", "somang"), ("다온", "daon"), ("가람", "garam"),
    ];

    private static readonly (string Hangul, string Latin)[] Trades =
    [
        ("상사", "trading"), ("커피", "coffee"), ("제과", "bakery"), ("식품", "food"),
        ("호텔", "hotel"), ("카페", "cafe"), ("베이커리", "bakery"), ("물산", "corp"),
    ];

    // 주식회사 (Co., Ltd.) is written before or after the name, or abbreviated as (주).
    private static readonly string[] LegalForms = ["주식회사 {0}", "(주){0}", "{0} 주식회사", "{0}"];

    private static readonly (string Hangul, string Latin)[] Surnames =
    [
        ("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung"), ("강", "kang"),
        ("조", "cho"), ("윤", "yoon"), ("장", "jang"), ("임", "lim"), ("한", "han"), ("오", "oh"),
    ];

    private static readonly (string Hangul, string Latin)[] GivenNames =
    [
        ("민준", "minjun"), ("서연", "seoyeon"), ("지훈", "jihoon"), ("수빈", "subin"), ("예준", "yejun"), ("하은", "haeun"),
        ("현우", "hyunwoo"), ("지아", "jia"), ("도윤", "doyoon"), ("서준", "seojun"), ("지민", "jimin"), ("유진", "yujin"),
    ];

    private static readonly string[] Mailboxes = ["info", "order", "sales", "contact"];

    private static readonly string[] MailProviders = ["naver.com", "daum.net", "kakao.com", "gmail.com"];

    public static DemoContact Create(Random random, bool isCompany)
    {
        var city = random.Pick(Cities);
        var street = $"{random.Pick(city.Streets)} {random.Next(1, 700)}";
        if (!isCompany)
        {
            var (surname, surnameLatin) = random.Pick(Surnames);
            var (given, givenLatin) = random.Pick(GivenNames);
            var mobile = $"+82 10-{random.Next(2000, 9999)}-{random.Next(1000, 9999)}";
            return new DemoContact(surname + given, $"{givenLatin}.{surnameLatin}@{random.Pick(MailProviders)}", mobile, street, city.PostalCode, city.Name);
        }

        var (word, wordLatin) = random.Pick(CompanyWords);
        var (trade, tradeLatin) = random.Pick(Trades);
        var name = random.Pick(LegalForms).Replace("{0}", word + trade, StringComparison.Ordinal);
        var phone = $"+82 {city.AreaCode}-{random.Next(200, 9999)}-{random.Next(1000, 9999)}";
        return new DemoContact(name, $"{random.Pick(Mailboxes)}@{wordLatin}{tradeLatin}.co.kr", phone, street, city.PostalCode, city.Name);
    }
}
