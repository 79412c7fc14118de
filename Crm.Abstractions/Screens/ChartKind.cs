using System.Text.Json.Serialization;

namespace Crm.Abstractions.Screens;

/// <summary>How a <see cref="ScreenChart"/> draws its series.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ChartKind>))]
public enum ChartKind
{
    /// <summary>One bar per category.</summary>
    Bar,

    /// <summary>A line through the categories in order.</summary>
    Line,

    /// <summary>One big figure: the sum of the values.</summary>
    Number,
}
