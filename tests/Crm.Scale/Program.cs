using System.Globalization;
using Crm.Abstractions.Erp;
using Crm.Scale;
using Crm.Scale.Progress;
using Microsoft.Data.Sqlite;

// dotnet run -c Release --project tests/Crm.Scale -- generate --engine sqlite --database /tmp/scale.db --scale 1.0
// dotnet run -c Release --project tests/Crm.Scale -- generate --engine postgres --connection "Host=...;Database=...;Username=..." --scale 0.1
const string Usage = """
    Usage: generate --engine sqlite --database <file> [--scale 1.0] [--seed n] [--today yyyy-MM-dd]
           generate --engine postgres --connection <connection string> [--scale 1.0] [--seed n] [--today yyyy-MM-dd]
    Fills an EMPTY database with ERP and CRM data; scale 1.0 is 100,000 customers, 1,000,000 orders,
    3,000,000 order lines, 1,000,000 invoices, 300,000 activities, 100,000 inquiries, 50,000 opportunities, 100,000 leads.
    """;

if (args.Length == 0 || args[0] != "generate")
{
    await Console.Error.WriteLineAsync(Usage).ConfigureAwait(false);
    return 2;
}

if (!CommandLine.TryParse(args[1..], out var options, out var problem))
{
    await Console.Error.WriteLineAsync(problem + Environment.NewLine + Usage).ConfigureAwait(false);
    return 2;
}

var settings = new ScaleSettings(options.Scale, options.Seed, options.Today);
var counts = settings.Counts;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Scale {options.Scale} on {options.Engine}: {counts.Customers:N0} customers, {counts.Orders:N0} orders, {counts.OrderLines:N0} lines, {counts.Invoices:N0} invoices, {counts.Activities:N0} activities, {counts.Inquiries:N0} inquiries, {counts.Opportunities:N0} opportunities, {counts.Leads:N0} leads; seed {options.Seed}, today {options.Today:yyyy-MM-dd}"));
try
{
    ScaleReport report;
    using (IGenerationProgress progress = BarProgress.Fits() ? new BarProgress() : new LogProgress(Console.Out))
    {
        report = await ScaleGenerator.GenerateAsync(options.Engine, options.ConnectionString, settings, progress).ConfigureAwait(false);
    }

    Console.WriteLine(ReportText.Format(report));
    return 0;
}
catch (DatabaseNotEmptyException e)
{
    await Console.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
    return 1;
}

/// <summary>The command line of <c>generate</c>.</summary>
internal sealed record CommandLine(DatabaseEngine Engine, string ConnectionString, double Scale, int Seed, DateOnly Today)
{
    private static readonly string[] Options = ["engine", "database", "connection", "scale", "seed", "today"];

    public static bool TryParse(IReadOnlyList<string> arguments, out CommandLine options, out string? problem)
    {
        options = null!;
        var (values, rest) = ScaleArguments.Split(arguments, Options);
        if (rest.Count > 0)
        {
            problem = $"'{rest[0]}' is not an option of generate, or needs a value.";
            return false;
        }

        string connectionString;
        DatabaseEngine engine;
        switch (values.GetValueOrDefault("engine"))
        {
            case "sqlite" when values.TryGetValue("database", out var file):
                engine = DatabaseEngine.Sqlite;
                connectionString = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(file), Pooling = false }.ConnectionString;
                break;
            case "postgres" when values.TryGetValue("connection", out var connection):
                engine = DatabaseEngine.PostgreSql;
                connectionString = connection;
                break;
            default:
                problem = "--engine sqlite needs --database <file>, --engine postgres needs --connection <connection string>.";
                return false;
        }

        if (!ScaleArguments.TryScale(values.GetValueOrDefault("scale", "1.0"), out var scale, out problem)
            || !ScaleArguments.TrySeedAndDay(values, out var seed, out var today, out problem))
        {
            return false;
        }

        options = new CommandLine(engine, connectionString, scale, seed, today);
        return true;
    }
}
