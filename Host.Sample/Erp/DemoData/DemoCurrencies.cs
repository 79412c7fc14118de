namespace Host.Sample.Erp.DemoData;

/// <summary>Customer currencies and the conversion of the EUR list prices into them.</summary>
internal static class DemoCurrencies
{
    public static string ForCountry(string country) => country switch
    {
        "DE" or "AT" => "EUR",
        "CH" => "CHF",
        "KR" => "KRW",
        "US" => "USD",
        "GB" => "GBP",
        _ => throw new ArgumentOutOfRangeException(nameof(country), country, "No currency for this country."),
    };

    /// <summary>Converts at fixed, roughly current rates: demo prices need to look right, not be right.</summary>
    public static decimal FromEuro(decimal euro, string currency) => Round(euro * Rate(currency), currency);

    /// <summary>Won have no minor unit in practice and prices end in tens; everything else has cents.</summary>
    public static decimal Round(decimal amount, string currency) => currency == "KRW"
        ? Math.Round(amount / 10m, MidpointRounding.AwayFromZero) * 10m
        : Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    private static decimal Rate(string currency) => currency switch
    {
        "EUR" => 1m,
        "CHF" => 0.94m,
        "KRW" => 1480m,
        "USD" => 1.09m,
        "GBP" => 0.85m,
        _ => throw new ArgumentOutOfRangeException(nameof(currency), currency, "No rate for this currency."),
    };
}
