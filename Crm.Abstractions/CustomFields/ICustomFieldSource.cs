namespace Crm.Abstractions.CustomFields;

/// <summary>
/// Adds custom fields (register as many as you like in your plugin's Autofac module, e.g.
/// <c>builder.RegisterType&lt;VehicleFields&gt;().As&lt;ICustomFieldSource&gt;().SingleInstance();</c>).
/// The add-on reads every source once at start and checks the definitions: a source with a bad
/// definition or a code another source already uses is left out and logged; the host runs on.
/// </summary>
public interface ICustomFieldSource
{
    /// <summary>The fields this source adds.</summary>
    IEnumerable<CustomField> Fields { get; }
}
