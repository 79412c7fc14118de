using System.Diagnostics;
using System.Text;

namespace Plugin.Template.Tests;

/// <summary>Runs the same dotnet CLI that runs these tests, as a partner would from a shell.</summary>
internal static class DotnetCli
{
    // Restoring and building a fresh solution may download packages: generous, and no assertion on it.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    // Variables `dotnet test` sets for the test process it started. Inherited by a nested
    // `dotnet build` or `dotnet test` they would point it at this run's MSBuild and test session.
    private static readonly string[] InheritedPrefixes = ["MSBUILD", "TESTINGPLATFORM_", "VSTEST_", "DOTNET_HOST_PATH"];

    public sealed record Result(int ExitCode, string Output);

    /// <summary>The dotnet executable: the one that started this test run if known, else the one on PATH.</summary>
    public static string Executable =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/>; the output is stdout and stderr interleaved.</summary>
    public static async Task<Result> RunAsync(string workingDirectory, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var name in startInfo.Environment.Keys.Where(IsInheritedFromTestRun).ToList())
        {
            startInfo.Environment.Remove(name);
        }

        // No prompts, no colour codes in the output that is parsed.
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["NO_COLOR"] = "1";

        using var process = new Process { StartInfo = startInfo };
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'dotnet {string.Join(' ', arguments)}' did not finish in {Timeout}. Output so far:\n{Snapshot(output)}");
        }

        // The parameterless wait flushes the asynchronous output readers.
        await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        return new Result(process.ExitCode, Snapshot(output));
    }

    /// <summary>Like <see cref="RunAsync"/>, but a non-zero exit code is an exception carrying the output.</summary>
    public static async Task<string> RunCheckedAsync(string workingDirectory, params string[] arguments)
    {
        var result = await RunAsync(workingDirectory, arguments).ConfigureAwait(false);
        return result.ExitCode == 0
            ? result.Output
            : throw new InvalidOperationException($"'dotnet {string.Join(' ', arguments)}' exited with {result.ExitCode}:\n{result.Output}");
    }

    private static bool IsInheritedFromTestRun(string name) =>
        InheritedPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
