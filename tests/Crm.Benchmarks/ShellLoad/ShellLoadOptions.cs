using System.Globalization;

namespace Crm.Benchmarks.ShellLoad;

/// <summary>The <c>shell-load</c> command's own options (the database options are the benchmarks').</summary>
internal sealed record ShellLoadOptions(int Clients, TimeSpan Duration, TimeSpan WarmUp, int Accounts, TimeSpan Think, string User)
{
    public const string Command = "shell-load";

    public const string Usage = """
        Usage: shell-load [--engine sqlite|postgres] [--scale 1.0] [--today yyyy-MM-dd] [--cache <folder>]
               [--clients 50] [--seconds 30] [--warmup 5] [--accounts 500] [--think-ms 0] [--user admin]
        Starts Host.Sample with the add-on on a copy of the generated database, signs in the clients,
        requests the account screen for varied accounts for the given seconds, then the same accounts'
        overview SQL through raw ADO.NET at the same concurrency; samples the host's memory throughout.
        --think-ms: each client's pause after an answer (0: back to back, the heaviest load).
        """;

    public static bool TryParse(IReadOnlyList<string> arguments, out ShellLoadOptions options, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < arguments.Count; i += 2)
        {
            values[arguments[i].TrimStart('-')] = arguments[i + 1];
        }

        options = null!;
        string[] known = ["clients", "seconds", "warmup", "accounts", "think-ms", "user"];
        var unknown = arguments.Count % 2 != 0 ? arguments[^1] : values.Keys.FirstOrDefault(key => !known.Contains(key));
        if (unknown is not null)
        {
            problem = $"Unknown shell-load option or a value missing near '{unknown}'.";
            return false;
        }

        if (!Positive(values, "clients", 50, out var clients) || !Positive(values, "seconds", 30, out var seconds)
            || !Positive(values, "warmup", 5, out var warmUp) || !Positive(values, "accounts", 500, out var accounts))
        {
            problem = "--clients, --seconds, --warmup and --accounts must be whole numbers above 0.";
            return false;
        }

        if (!int.TryParse(values.GetValueOrDefault("think-ms", "0"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var think) || think < 0)
        {
            problem = "--think-ms must be a whole number of milliseconds, 0 or more.";
            return false;
        }

        options = new ShellLoadOptions(clients, TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(warmUp), accounts, TimeSpan.FromMilliseconds(think), values.GetValueOrDefault("user", "admin"));
        problem = null;
        return true;
    }

    private static bool Positive(Dictionary<string, string> values, string name, int fallback, out int value)
    {
        value = fallback;
        return !values.TryGetValue(name, out var text) || (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value) && value > 0);
    }
}
