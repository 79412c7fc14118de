namespace Host.Sample.Erp.DemoData;

/// <summary>Creates the customers: where they are, what they are called and how they behave.</summary>
internal static class DemoCustomers
{
    private const int NoOrders = 0;

    private const int Dormant = -1;

    private static readonly (string Country, int Weight)[] Countries =
        [("DE", 40), ("AT", 6), ("CH", 6), ("KR", 22), ("US", 14), ("GB", 12)];

    // Days between orders; NoOrders and Dormant are markers for the two special rhythms.
    private static readonly (int Days, int Weight)[] Rhythms =
        [(14, 15), (30, 30), (91, 30), (182, 10), (Dormant, 10), (NoOrders, 5)];

    private static readonly (PaymentHabit Habit, int Weight)[] PaymentHabits =
        [(PaymentHabit.Punctual, 55), (PaymentHabit.Late, 25), (PaymentHabit.Poor, 10), (PaymentHabit.Prompt, 10)];

    private static readonly (ReferenceStyle Style, int Weight)[] ReferenceStyles =
        [(ReferenceStyle.None, 35), (ReferenceStyle.PurchaseOrder, 40), (ReferenceStyle.Dated, 25)];

    private static readonly decimal[] Discounts = [0m, 0m, 0m, 0.03m, 0.05m, 0.08m, 0.10m];

    public static IReadOnlyList<DemoCustomer> Create(Random random, DateOnly today, DemoDataSize size)
    {
        var historyStart = today.AddYears(-size.Years);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var customers = new List<DemoCustomer>(size.Customers);
        for (var index = 0; index < size.Customers; index++)
        {
            var country = random.PickWeighted(Countries);
            var isCompany = random.Chance(0.8);
            var contact = CreateUniqueContact(random, country, isCompany, names);
            var rhythm = random.PickWeighted(Rhythms);
            var createdOn = rhythm switch
            {
                // Prospects entered in the last months that have not ordered yet.
                NoOrders => today.AddDays(-random.Next(7, 240)),
                Dormant => historyStart.AddDays(-random.Next(30, 4 * 365)),
                _ => random.Chance(0.8)
                    ? historyStart.AddDays(-random.Next(30, 6 * 365))
                    : historyStart.AddDays(random.Next(today.DayNumber - historyStart.DayNumber - 60)),
            };
            var row = new CustomerRow(
                $"C{10001 + index}",
                contact.Name,
                random.Chance(0.07) ? null : contact.Email,
                contact.Phone,
                contact.Street,
                contact.PostalCode,
                contact.City,
                country,
                DemoCurrencies.ForCountry(country),
                DemoCalendar.ToDb(createdOn));
            customers.Add(new DemoCustomer(
                row,
                rhythm switch { NoOrders => null, Dormant => 45, _ => rhythm },
                rhythm == Dormant ? today.AddDays(-random.Next(365, 540)) : null,
                isCompany ? random.Factor(0.5m, 3m) : random.Factor(0.2m, 0.6m),
                random.Pick(Discounts),
                PickFavourites(random),
                isCompany ? random.PickWeighted(ReferenceStyles) : ReferenceStyle.None,
                random.PickWeighted(PaymentHabits),
                random.Chance(0.6) ? 14 : 30));
        }

        return customers;
    }

    // Retries a few times so that the list does not show the same name twice; with very large sizes
    // the name lists run out and duplicates are accepted, as real customer lists have them too.
    private static DemoContact CreateUniqueContact(Random random, string country, bool isCompany, HashSet<string> names)
    {
        DemoContact contact;
        var attempts = 0;
        do
        {
            contact = country switch
            {
                "KR" => KoreanContacts.Create(random, isCompany),
                "US" or "GB" => EnglishContacts.Create(random, country, isCompany),
                _ => GermanContacts.Create(random, country, isCompany),
            };
        }
        while (!names.Add(contact.Name) && ++attempts < 20);

        return contact;
    }

    private static DemoProduct[] PickFavourites(Random random)
    {
        var supplies = DemoCatalog.Supplies;
        var count = random.Next(4, 10);
        var favourites = new List<DemoProduct>(count);
        while (favourites.Count < count)
        {
            var product = random.Pick(supplies);
            if (!favourites.Contains(product))
            {
                favourites.Add(product);
            }
        }

        return [.. favourites];
    }
}
