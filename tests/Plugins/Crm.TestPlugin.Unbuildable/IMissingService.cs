namespace Crm.TestPlugin.Unbuildable;

/// <summary>A service the plugin's rule needs and nobody registers.</summary>
public interface IMissingService
{
    int AccountsToCall { get; }
}
