using System.Text.RegularExpressions;
using Crm.Abstractions.CustomFields;

namespace Crm.Module.CustomFields;

/// <summary>A definition that passed the start-up checks, with its defaults filled in and its pattern compiled once.</summary>
/// <param name="Field">The definition as the source gave it.</param>
/// <param name="Pattern">The compiled <see cref="CustomField.Pattern"/>, anchored to the whole value; null without one.</param>
/// <param name="PluginId">The plugin whose source declared it; null for the add-on's or the host's sources.</param>
internal sealed record DefinedField(CustomField Field, Regex? Pattern, string? PluginId)
{
    public const int DefaultMaxLength = 200;
    public const int DefaultDecimals = 2;

    public string Code => Field.Code;

    public int MaxLength => Field.MaxLength ?? DefaultMaxLength;

    public int Decimals => Field.Decimals ?? DefaultDecimals;
}
