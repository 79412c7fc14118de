namespace Host.Sample;

/// <summary>The host's own log messages, compiled once (no formatting work when the level is off).</summary>
internal static partial class HostLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded add-on {AddOn} with {ModuleCount} module(s).")]
    public static partial void AddOnLoaded(ILogger logger, string addOn, int moduleCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Add-on {AddOn} was not loaded: {Error}")]
    public static partial void AddOnFailed(ILogger logger, string addOn, string? error);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Host.Sample stopped: {Reason}")]
    public static partial void Stopped(ILogger logger, string reason);
}
