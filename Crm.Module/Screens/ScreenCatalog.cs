using Crm.Abstractions.Screens;
using Microsoft.Extensions.Logging;

namespace Crm.Module.Screens;

/// <summary>
/// Every screen, composed once at start: the sources' definitions, then the extensions — the
/// add-on's first, then the other sources' ordered by name, each in its own order. A defect in the
/// add-on's own stops start-up; a plugin's or the host's is skipped and logged, because a broken
/// plugin must never take the host down. An extension of a screen nobody defines is skipped too:
/// not every host has the screens the add-on extends.
/// </summary>
internal sealed partial class ScreenCatalog
{
    private readonly Dictionary<string, ScreenDefinition> _byId = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly ILogger<ScreenCatalog> _logger;

    public ScreenCatalog(IEnumerable<IScreenSource> sources, IEnumerable<IScreenExtensionSource> extensionSources, ILogger<ScreenCatalog> logger)
    {
        _logger = logger;
        foreach (var source in InOrder(sources, s => s.Name))
        {
            foreach (var screen in source.Screens)
            {
                Take(source.Name, IsOwn(source), screen.Id, () => Add(screen));
            }
        }

        foreach (var source in InOrder(extensionSources, s => s.Name))
        {
            foreach (var extension in source.Extensions)
            {
                if (!_byId.TryGetValue(extension.TargetScreenId, out var target))
                {
                    LogTargetMissing(_logger, source.Name, extension.Id, extension.TargetScreenId);
                    continue;
                }

                Take(source.Name, IsOwn(source), extension.Id, () => _byId[target.Id] = ScreenComposer.Apply(target, extension));
            }
        }
    }

    /// <summary>The composed screens in the order their sources defined them.</summary>
    public IEnumerable<ScreenDefinition> All => _order.Select(id => _byId[id]);

    public ScreenDefinition? Find(string id) => _byId.GetValueOrDefault(id);

    private static bool IsOwn(object source) => source.GetType().Assembly == typeof(ScreenCatalog).Assembly;

    private static IEnumerable<T> InOrder<T>(IEnumerable<T> sources, Func<T, string> name) where T : notnull =>
        sources.OrderBy(s => IsOwn(s) ? 0 : 1).ThenBy(name, StringComparer.Ordinal);

    private void Add(ScreenDefinition screen)
    {
        if (_byId.ContainsKey(screen.Id))
        {
            throw new ScreenCompositionException("another source already defines this screen");
        }

        if (ScreenIds.FirstRepeated(ScreenIds.Of(screen)) is { } repeated)
        {
            throw new ScreenCompositionException($"the id '{repeated}' occurs twice in the screen");
        }

        _byId.Add(screen.Id, screen);
        _order.Add(screen.Id);
    }

    private void Take(string source, bool own, string item, Action take)
    {
        try
        {
            take();
        }
        catch (ScreenCompositionException e) when (!own)
        {
            LogSkipped(_logger, source, item, e.Message);
        }
        catch (ScreenCompositionException e)
        {
            LogOwnDefect(_logger, source, item, e.Message);
            throw new ScreenDefinitionException(source, item, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Screen source {Source}: {Item} is skipped: {Problem}.")]
    private static partial void LogSkipped(ILogger logger, string source, string item, string problem);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The CRM add-on cannot start: its screen source {Source} has a defect in {Item}: {Problem}.")]
    private static partial void LogOwnDefect(ILogger logger, string source, string item, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Screen source {Source}: extension {Extension} is skipped: no source defines its screen {Screen}.")]
    private static partial void LogTargetMissing(ILogger logger, string source, string extension, string screen);
}
