using System.Diagnostics;
using System.Text;

namespace Crm.Testing.Databases;

/// <summary>Runs a command line tool to completion and captures what it printed.</summary>
internal static class ExternalProcess
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    public sealed record Result(int ExitCode, string Output)
    {
        public bool Succeeded => ExitCode == 0;
    }

    /// <summary>Runs <paramref name="command"/>; a missing executable or a hang becomes an exception, a non-zero exit does not.</summary>
    public static async Task<Result> RunAsync(IReadOnlyList<string> command, string? workingDirectory = null, CancellationToken cancellationToken = default)
    {
        var startInfo = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? string.Empty,
        };
        foreach (var argument in command.Skip(1))
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = startInfo };
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(DefaultTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{string.Join(' ', command)}' did not finish in time. Output so far:\n{Snapshot(output)}");
        }

        // The parameterless wait flushes the asynchronous output readers.
        await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        return new Result(process.ExitCode, Snapshot(output));
    }

    /// <summary>Like <see cref="RunAsync"/>, but a non-zero exit code is an exception carrying the output.</summary>
    public static async Task<string> RunCheckedAsync(IReadOnlyList<string> command, string? workingDirectory = null, CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(command, workingDirectory, cancellationToken).ConfigureAwait(false);
        return result.Succeeded
            ? result.Output
            : throw new InvalidOperationException($"'{string.Join(' ', command)}' exited with {result.ExitCode}:\n{result.Output}");
    }

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
