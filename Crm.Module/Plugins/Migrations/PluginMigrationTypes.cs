using System.Reflection;
using FluentMigrator;

namespace Crm.Module.Plugins.Migrations;

/// <summary>A plugin's FluentMigrator migrations: the public, concrete <see cref="IMigration"/> types of its main assembly with a <see cref="MigrationAttribute"/>.</summary>
internal static class PluginMigrationTypes
{
    public static IReadOnlyList<Type> In(Assembly assembly) =>
    [
        .. assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMigration).IsAssignableFrom(t) && t.GetCustomAttribute<MigrationAttribute>() is not null),
    ];
}
