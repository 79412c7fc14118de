namespace Host.Sample.Erp.DemoData;

/// <summary>A customer row together with the habits the order and invoice generators follow.</summary>
/// <param name="OrderInterval">Days between orders; null for a customer that never ordered.</param>
/// <param name="LastOrderBy">The date after which a dormant customer stopped ordering.</param>
/// <param name="Volume">Scales consumable quantities: a hotel chain orders more than a corner café.</param>
/// <param name="Discount">The customer's discount on list prices.</param>
/// <param name="Favourites">The supplies this customer reorders.</param>
internal sealed record DemoCustomer(
    CustomerRow Row,
    int? OrderInterval,
    DateOnly? LastOrderBy,
    decimal Volume,
    decimal Discount,
    IReadOnlyList<DemoProduct> Favourites,
    ReferenceStyle ReferenceStyle,
    PaymentHabit PaymentHabit,
    int PaymentTermDays)
{
    public DateOnly CreatedOn => DateOnly.FromDateTime(Row.CreatedOn);
}
