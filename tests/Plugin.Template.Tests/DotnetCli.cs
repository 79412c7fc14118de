using Crm.Testing;

namespace Plugin.Template.Tests;

/// <summary>Runs the same dotnet CLI that runs these tests, as a partner would from a shell.</summary>
internal static class DotnetCli
{
    // Restoring and building a fresh solution may download packages: generous, and no assertion on it.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    // Variables `dotnet test` sets for the test process it started. Inherited by a nested
    // `dotnet build` or `dotnet test` they would point it at this run's MSBuild and test session.
    private static readonly string[] InheritedPrefixes = ["MSBUILD", "TESTINGPLATFORM_", "VSTEST_", "DOTNET_HOST_PATH"];

    /// <summary>The dotnet executable: the one that started this test run if known, else the one on PATH.</summary>
    public static string Executable =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/>; the output is stdout and stderr interleaved.</summary>
    public static Task<ExternalProcess.Result> RunAsync(string workingDirectory, params string[] arguments) =>
        ExternalProcess.RunAsync([Executable, .. arguments], workingDirectory, timeout: Timeout, environment: ChildEnvironment());

    /// <summary>Like <see cref="RunAsync"/>, but a non-zero exit code is an exception carrying the output.</summary>
    public static Task<string> RunCheckedAsync(string workingDirectory, params string[] arguments) =>
        ExternalProcess.RunCheckedAsync([Executable, .. arguments], workingDirectory, timeout: Timeout, environment: ChildEnvironment());

    // The test run's own variables removed; no prompts, no colour codes in the output that is parsed.
    private static Dictionary<string, string?> ChildEnvironment()
    {
        var environment = Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(name => InheritedPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            .ToDictionary(name => name, _ => (string?)null, StringComparer.Ordinal);
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["NO_COLOR"] = "1";
        return environment;
    }
}
