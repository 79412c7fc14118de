using Autofac.Features.Metadata;
using Crm.Abstractions.CustomFields;
using Crm.Module.Plugins;
using Microsoft.Extensions.Logging;

namespace Crm.Module.CustomFields;

/// <summary>
/// Every custom field the add-on knows, read once from the registered <see cref="ICustomFieldSource"/>s.
/// A source that cannot be created, has a bad definition, or reuses a code taken by an earlier
/// source is left out whole and logged: half a source would leave a plugin with fields it did not plan for.
/// </summary>
internal sealed partial class CustomFieldDefinitions
{
    private readonly Dictionary<CustomFieldEntity, List<DefinedField>> _byEntity = [];

    public CustomFieldDefinitions(IEnumerable<Meta<Lazy<ICustomFieldSource>>> sources, ILogger<CustomFieldDefinitions> logger)
    {
        ArgumentNullException.ThrowIfNull(sources);
        foreach (var source in sources)
        {
            var pluginId = source.Metadata.TryGetValue(PluginMetadata.PluginId, out var id) ? id as string : null;
            var owner = pluginId is null ? "the add-on or host" : "plugin " + pluginId;
            var fields = Read(source, pluginId, out var error);
            if (fields is null)
            {
                LogSourceLeftOut(logger, owner, error!);
                continue;
            }

            foreach (var field in fields)
            {
                For(field.Field.Entity).Add(field);
            }
        }
    }

    /// <summary>The fields of <paramref name="entity"/>, in the order their sources declared them.</summary>
    public IReadOnlyList<DefinedField> Of(CustomFieldEntity entity) => _byEntity.TryGetValue(entity, out var fields) ? fields : [];

    public DefinedField? Find(CustomFieldEntity entity, string code) =>
        Of(entity).FirstOrDefault(f => string.Equals(f.Code, code, StringComparison.Ordinal));

    private List<DefinedField>? Read(Meta<Lazy<ICustomFieldSource>> source, string? pluginId, out string? error)
    {
        List<CustomField> declared;
        try
        {
            declared = [.. source.Value.Value.Fields];
        }
#pragma warning disable CA1031 // A plugin's broken source must not stop the host; its exception is logged.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error = $"The source failed: {e.GetType().Name}: {e.Message}";
            return null;
        }

        var fields = new List<DefinedField>();
        foreach (var field in declared)
        {
            var defined = CustomFieldDefinitionCheck.Check(field, pluginId, out error);
            if (defined is null)
            {
                return null;
            }

            var taken = Find(field.Entity, field.Code) is not null
                || fields.Any(f => f.Field.Entity == field.Entity && string.Equals(f.Code, field.Code, StringComparison.Ordinal));
            if (taken)
            {
                error = $"Field code '{field.Code}' of {field.Entity} is already taken.";
                return null;
            }

            fields.Add(defined);
        }

        error = null;
        return fields;
    }

    private List<DefinedField> For(CustomFieldEntity entity)
    {
        if (!_byEntity.TryGetValue(entity, out var fields))
        {
            fields = [];
            _byEntity[entity] = fields;
        }

        return fields;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Custom fields of {Owner} were left out: {Reason}")]
    private static partial void LogSourceLeftOut(ILogger logger, string owner, string reason);
}
