using System.Text.Json.Serialization;

namespace Crm.Abstractions.Sales;

/// <summary>The ERP order that realizes a won opportunity.</summary>
/// <param name="OrderKey">The ERP order's key.</param>
/// <param name="MatchedAt">When the match was made.</param>
/// <param name="Method">How the order was recognised.</param>
public sealed record OrderMatch(string OrderKey, DateTimeOffset MatchedAt, OrderMatchMethod Method);

/// <summary>How a won opportunity was matched to its ERP order.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OrderMatchMethod>))]
public enum OrderMatchMethod
{
    /// <summary>The order's reference quotes the opportunity's number or reference.</summary>
    Reference,

    /// <summary>The order's total in the same currency and its date lie within the configured windows.</summary>
    AmountWindow,
}
