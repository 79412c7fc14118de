using System.Globalization;

namespace Host.Sample.Tests.Load;

/// <summary>
/// How hard the load test pushes: the suite's short form by default (small enough for a two-core
/// machine), the long form through <c>CRM_LOAD_CLIENTS</c> and <c>CRM_LOAD_SECONDS</c>.
/// </summary>
internal sealed record LoadSettings(int Clients, TimeSpan Duration)
{
    public const string ClientsVariable = "CRM_LOAD_CLIENTS";
    public const string SecondsVariable = "CRM_LOAD_SECONDS";

    private const int ShortFormClients = 8;
    private const int ShortFormSeconds = 10;

    public static LoadSettings FromEnvironment() => new(
        Read(ClientsVariable, ShortFormClients, 2, 200),
        TimeSpan.FromSeconds(Read(SecondsVariable, ShortFormSeconds, 1, 3_600)));

    private static int Read(string variable, int fallback, int min, int max)
    {
        var text = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new InvalidOperationException($"{variable} is '{text}'; use a whole number from {min} to {max}.");
    }
}
