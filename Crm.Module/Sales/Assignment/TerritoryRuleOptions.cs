namespace Crm.Module.Sales.Assignment;

/// <summary>
/// One territory under <c>Crm:Sales:Assignment:Territories</c>: records in one of
/// <see cref="Countries"/> (and, when given, with a postal code from <see cref="PostalFrom"/> to
/// <see cref="PostalTo"/>) go to <see cref="Owner"/>.
/// </summary>
/// <remarks>
/// Postal bounds compare as prefixes: <c>PostalFrom = "10"</c>, <c>PostalTo = "14"</c> covers every
/// code whose first two characters lie from 10 to 14 (10115 Berlin to 14979), whatever the code's
/// length, so ranges read the way sales territories are drawn on a map.
/// </remarks>
public sealed class TerritoryRuleOptions
{
    /// <summary>ISO 3166-1 alpha-2 codes.</summary>
    public List<string> Countries { get; set; } = [];

    /// <summary>Lowest postal code prefix, inclusive; none means from the first.</summary>
    public string? PostalFrom { get; set; }

    /// <summary>Highest postal code prefix, inclusive; none means to the last.</summary>
    public string? PostalTo { get; set; }

    /// <summary>The user name of the sales rep who owns the territory.</summary>
    public string Owner { get; set; } = string.Empty;
}
