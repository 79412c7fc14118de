using System.Text.Json.Serialization;

namespace Crm.Abstractions.Screens;

/// <summary>How a host lays out a <see cref="ScreenDefinition"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ScreenKind>))]
public enum ScreenKind
{
    /// <summary>Rows of records, one field per column.</summary>
    List,

    /// <summary>One record as a form, its fields grouped in sections.</summary>
    Card,

    /// <summary>Cards in columns (kanban), moved between columns by an action.</summary>
    Board,

    /// <summary>Figures as tiles and charts.</summary>
    Dashboard,
}
