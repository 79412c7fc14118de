using Autofac;

namespace Crm.TestPlugin.FailingMigration;

/// <summary>The plugin's entry; it registers nothing, its migrations are what is tested.</summary>
public sealed class FailingMigrationModule : Module
{
}
