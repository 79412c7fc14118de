using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Screens;
using Crm.Testing.Databases;
using Crm.Testing.Hosting;
using Host.Sample.Erp.Screens;

namespace Host.Sample.Tests.EndToEnd;

/// <summary>
/// The sample ERP's own API and screens on a real Host.Sample, once on SQLite and once on PostgreSQL,
/// checked against the demo data the host seeded itself.
/// </summary>
[TestClass]
public sealed class ErpApiTests
{
    private static readonly SemaphoreSlim Starting = new(1, 1);
    private static readonly Dictionary<DatabaseEngine, RunningHost> Hosts = [];

    [ClassCleanup]
    public static async Task StopHostsAsync()
    {
        foreach (var host in Hosts.Values)
        {
            await host.DisposeAsync();
        }

        Hosts.Clear();
    }

    [TestMethod]
    [DataRow(DatabaseEngine.Sqlite)]
    [DataRow(DatabaseEngine.PostgreSql)]
    public async Task Customer_pages_add_up_to_the_total_without_overlap(DatabaseEngine engine)
    {
        var host = await HostOnAsync(engine);
        using var client = host.ClientFor("clerk");
        var first = await client.GetFromJsonAsync<JsonElement>("/api/erp/customers?page=1&pageSize=7");
        var second = await client.GetFromJsonAsync<JsonElement>("/api/erp/customers?page=2&pageSize=7");

        var total = first.GetProperty("totalCount").GetInt64();
        Assert.IsGreaterThan(14, total);
        Assert.AreEqual(7, first.GetProperty("pageSize").GetInt32());
        Assert.AreEqual(2, second.GetProperty("pageNumber").GetInt32());
        Assert.AreEqual((total + 6) / 7, first.GetProperty("pageCount").GetInt64());
        var keys = Keys(first).Concat(Keys(second)).ToList();
        Assert.HasCount(14, keys.Distinct());
        Assert.AreEqual(total, (await AllCustomersAsync(client)).Count);
    }

    [TestMethod]
    [DataRow(DatabaseEngine.Sqlite)]
    [DataRow(DatabaseEngine.PostgreSql)]
    public async Task Search_ignores_case_and_finds_german_and_korean_names_and_cities(DatabaseEngine engine)
    {
        var host = await HostOnAsync(engine);
        using var client = host.ClientFor("rep");
        var all = await AllCustomersAsync(client);
        // A word with an umlaut inside, not at its start: the test PostgreSQL runs with the C locale,
        // whose LOWER folds ASCII letters only (see ErpSqlDialect.Fold).
        var german = all.SelectMany(c => c.Name.Split(' ')).First(w => w.Contains('ü', StringComparison.Ordinal) && char.IsAsciiLetterUpper(w[0]));
        var koreanCity = all.First(c => c.City?.Any(IsHangul) == true).City!;
        var koreanName = all.SelectMany(c => c.Name.Split(' ')).First(w => w.Any(IsHangul));

        foreach (var search in new[] { german.ToUpperInvariant(), german.ToLowerInvariant(), koreanCity, koreanName, all[0].Key.ToLowerInvariant() })
        {
            var expected = all.Where(c => Matches(c, search)).Select(c => c.Key).Order(StringComparer.Ordinal).ToList();
            var found = await client.GetFromJsonAsync<JsonElement>($"/api/erp/customers?search={Uri.EscapeDataString(search)}&pageSize=200");
            Assert.IsNotEmpty(expected, search);
            CollectionAssert.AreEqual(expected, Keys(found).Order(StringComparer.Ordinal).ToList(), search);
            Assert.AreEqual(expected.Count, found.GetProperty("totalCount").GetInt64(), search);
        }
    }

    [TestMethod]
    [DataRow(DatabaseEngine.Sqlite)]
    [DataRow(DatabaseEngine.PostgreSql)]
    public async Task A_search_for_like_wildcards_takes_them_literally(DatabaseEngine engine)
    {
        var host = await HostOnAsync(engine);
        using var client = host.ClientFor("clerk");
        var found = await client.GetFromJsonAsync<JsonElement>("/api/erp/customers?search=%25_%5B");
        Assert.AreEqual(0, found.GetProperty("totalCount").GetInt64());
    }

    [TestMethod]
    [DataRow(DatabaseEngine.Sqlite)]
    [DataRow(DatabaseEngine.PostgreSql)]
    public async Task A_customer_has_its_master_data_and_an_unknown_key_is_a_404_problem(DatabaseEngine engine)
    {
        var host = await HostOnAsync(engine);
        using var client = host.ClientFor("rep2");
        var listed = (await AllCustomersAsync(client)).First(c => c.City is not null);
        var customer = await client.GetFromJsonAsync<JsonElement>($"/api/erp/customers/{Uri.EscapeDataString(listed.Key)}");
        Assert.AreEqual(listed.Key, customer.GetProperty("key").GetString());
        Assert.AreEqual(listed.Name, customer.GetProperty("name").GetString());
        Assert.AreEqual(listed.City, customer.GetProperty("city").GetString());
        Assert.AreEqual(3, customer.GetProperty("currency").GetString()!.Length);
        Assert.IsTrue(DateOnly.TryParse(customer.GetProperty("createdOn").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _));

        using var unknown = await client.GetAsync(new Uri("/api/erp/customers/NO%20SUCH", UriKind.Relative));
        Assert.AreEqual(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.AreEqual("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.AreEqual("NO SUCH", (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString());
    }

    [TestMethod]
    [DataRow(DatabaseEngine.Sqlite)]
    [DataRow(DatabaseEngine.PostgreSql)]
    public async Task Orders_of_a_customer_come_newest_first_with_their_totals(DatabaseEngine engine)
    {
        var host = await HostOnAsync(engine);
        using var client = host.ClientFor("rep");
        var latest = await client.GetFromJsonAsync<JsonElement>("/api/erp/orders?pageSize=1");
        var key = latest.GetProperty("items")[0].GetProperty("customerKey").GetString()!;

        var orders = await client.GetFromJsonAsync<JsonElement>($"/api/erp/orders?customer={Uri.EscapeDataString(key)}&pageSize=200");
        var items = orders.GetProperty("items").EnumerateArray().ToList();
        Assert.IsNotEmpty(items);
        Assert.IsTrue(items.All(o => o.GetProperty("customerKey").GetString() == key));
        var dates = items.Select(o => o.GetProperty("orderDate").GetString()!).ToList();
        CollectionAssert.AreEqual(dates.OrderDescending(StringComparer.Ordinal).ToList(), dates);
        Assert.IsTrue(items.Any(o => o.GetProperty("total").GetDecimal() > 0));
        Assert.IsTrue(items.All(o => o.GetProperty("currency").GetString()!.Length == 3 && o.GetProperty("customerName").GetString()!.Length > 0));
    }

    [TestMethod]
    [DataRow(DatabaseEngine.Sqlite)]
    [DataRow(DatabaseEngine.PostgreSql)]
    public async Task Finance_lists_invoices_with_open_amounts_and_a_sales_rep_gets_a_403_problem(DatabaseEngine engine)
    {
        var host = await HostOnAsync(engine);
        using var finance = host.ClientFor("finance");
        var invoices = await finance.GetFromJsonAsync<JsonElement>("/api/erp/invoices?pageSize=200");
        var items = invoices.GetProperty("items").EnumerateArray().ToList();
        Assert.IsNotEmpty(items);
        Assert.IsTrue(items.All(i => i.GetProperty("open").GetDecimal() <= i.GetProperty("total").GetDecimal()));
        Assert.IsTrue(items.Where(i => i.GetProperty("isOverdue").GetBoolean()).All(i => i.GetProperty("open").GetDecimal() > 0));

        // Overdue means open after the due date; a day's margin either side keeps midnight out of it.
        var today = DateOnly.FromDateTime(DateTime.Now);
        foreach (var invoice in items)
        {
            var due = DateOnly.Parse(invoice.GetProperty("dueDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            var open = invoice.GetProperty("open").GetDecimal() > 0;
            var overdue = invoice.GetProperty("isOverdue").GetBoolean();
            Assert.IsFalse(overdue && due > today, invoice.ToString());
            Assert.IsFalse(open && due < today.AddDays(-1) && !overdue, invoice.ToString());
        }

        using var rep = host.ClientFor("rep");
        using var denied = await rep.GetAsync(new Uri("/api/erp/invoices", UriKind.Relative));
        Assert.AreEqual(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.AreEqual("application/problem+json", denied.Content.Headers.ContentType?.MediaType);
    }

    [TestMethod]
    [DataRow("/api/erp/customers?page=0", "page")]
    [DataRow("/api/erp/customers?pageSize=201", "pageSize")]
    [DataRow("/api/erp/orders?pageSize=abc", "pageSize")]
    [DataRow("/api/erp/invoices?page=-1", "page")]
    public async Task Bad_paging_is_a_400_problem_naming_the_field(string url, string field)
    {
        var host = await HostOnAsync(DatabaseEngine.Sqlite);
        using var client = host.ClientFor("admin");
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.AreEqual("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.IsTrue(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [TestMethod]
    public async Task The_erp_screens_are_listed_next_to_the_crms_by_role()
    {
        var host = await HostOnAsync(DatabaseEngine.Sqlite);
        using var finance = host.ClientFor("finance");
        var forFinance = await ScreenIdsAsync(finance);
        foreach (var id in new[] { "erp.customers", "erp.customer-card", "erp.orders", "erp.invoices" })
        {
            CollectionAssert.Contains(forFinance, id);
        }

        Assert.IsTrue(forFinance.Any(id => id.StartsWith("crm.", StringComparison.Ordinal)));

        using var rep = host.ClientFor("rep");
        var forRep = await ScreenIdsAsync(rep);
        CollectionAssert.Contains(forRep, "erp.customers");
        CollectionAssert.DoesNotContain(forRep, "erp.invoices");
    }

    [TestMethod]
    public async Task The_customer_card_carries_the_add_ons_sales_and_finance_sections_after_the_hosts()
    {
        var host = await HostOnAsync(DatabaseEngine.Sqlite);
        using var client = host.ClientFor("admin");
        var card = await client.GetFromJsonAsync<JsonElement>("/api/crm/screens/erp.customer-card");
        var sections = card.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToList();
        // The last section shows the account fields of the vertical plugins Host.Sample ships.
        CollectionAssert.AreEqual(
            new[] { "erp.general", "erp.address", "erp.contact", "crm.sales", "crm.segment", "crm.openOpportunities", "crm.timeline", "crm.finance", "crm.balances", "crm.orders", "crm.invoices", "crm.customFields" },
            sections);
        Assert.AreEqual("/api/erp/customers/{key}", card.GetProperty("dataRoute").GetString());
    }

    [TestMethod]
    [DataRow(DatabaseEngine.Sqlite)]
    [DataRow(DatabaseEngine.PostgreSql)]
    public async Task Every_route_the_erp_screens_name_answers_with_a_real_customer(DatabaseEngine engine)
    {
        var host = await HostOnAsync(engine);
        using var client = host.ClientFor("admin");
        var customer = (await client.GetFromJsonAsync<JsonElement>("/api/erp/orders?pageSize=1")).GetProperty("items")[0];
        var key = customer.GetProperty("customerKey").GetString()!;
        var search = customer.GetProperty("customerName").GetString()!.Split(' ')[0];

        var routes = new ErpScreens().Screens
            .SelectMany(s => new[] { s.DataRoute }
                .Concat(s.Sections.Select(section => section.DataRoute))
                .Concat(s.Sections.SelectMany(section => section.Fields).Select(f => f.OptionsRoute)))
            .OfType<string>()
            .Distinct()
            .ToList();
        Assert.IsGreaterThanOrEqualTo(4, routes.Count);
        foreach (var route in routes)
        {
            var url = route
                .Replace("{key}", Uri.EscapeDataString(key), StringComparison.Ordinal)
                .Replace("{customer}", Uri.EscapeDataString(key), StringComparison.Ordinal)
                .Replace("{search}", Uri.EscapeDataString(search), StringComparison.Ordinal);
            Assert.DoesNotContain("{", url, route);
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, $"{url}: {await response.Content.ReadAsStringAsync()}");
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.IsTrue(
                body.TryGetProperty("key", out _) || body.GetProperty("totalCount").GetInt64() > 0,
                $"{url} answered no record for {key}");
        }
    }

    private static bool Matches(Customer customer, string search) =>
        new[] { customer.Key, customer.Name, customer.City ?? string.Empty }
            .Any(v => v.ToLowerInvariant().Contains(search.ToLowerInvariant(), StringComparison.Ordinal));

    private static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3';

    private static IEnumerable<string> Keys(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("key").GetString()!);

    private static async Task<List<string>> ScreenIdsAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/crm/screens")).EnumerateArray().Select(s => s.GetProperty("id").GetString()!)];

    private static async Task<List<Customer>> AllCustomersAsync(HttpClient client)
    {
        var customers = new List<Customer>();
        for (var page = 1; ; page++)
        {
            var result = await client.GetFromJsonAsync<JsonElement>($"/api/erp/customers?page={page}&pageSize=200");
            customers.AddRange(result.GetProperty("items").EnumerateArray().Select(c => new Customer(
                c.GetProperty("key").GetString()!,
                c.GetProperty("name").GetString()!,
                c.GetProperty("city").GetString())));
            if (page >= result.GetProperty("pageCount").GetInt64())
            {
                return customers;
            }
        }
    }

    // One host per engine for the whole class: starting one seeds three years of demo data.
    private static async Task<HostProcess> HostOnAsync(DatabaseEngine engine)
    {
        await Starting.WaitAsync();
        try
        {
            if (!Hosts.TryGetValue(engine, out var running))
            {
                running = await RunningHost.StartAsync(engine);
                Hosts[engine] = running;
            }

            return running.Host;
        }
        finally
        {
            Starting.Release();
        }
    }

    private sealed record Customer(string Key, string Name, string? City);

    private sealed class RunningHost : IAsyncDisposable
    {
        private readonly TestDatabase? _database;

        private RunningHost(HostProcess host, TestDatabase? database)
        {
            Host = host;
            _database = database;
        }

        public HostProcess Host { get; }

        public static async Task<RunningHost> StartAsync(DatabaseEngine engine)
        {
            if (engine == DatabaseEngine.Sqlite)
            {
                var sqliteHost = HostProcess.Start();
                await sqliteHost.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
                return new RunningHost(sqliteHost, null);
            }

            TestDatabase database;
            try
            {
                database = await TestDatabases.CreateAsync(engine);
            }
            catch (TestEnvironmentUnavailableException e)
            {
                if (e.IsRequired)
                {
                    Assert.Fail(e.Message);
                }

                Assert.Inconclusive(e.Message);
                throw;
            }

            var host = HostProcess.Start(new Dictionary<string, string>
            {
                ["Erp__Database__Engine"] = engine.ToString(),
                ["Erp__Database__ConnectionString"] = database.ConnectionString,
            });
            await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
            return new RunningHost(host, database);
        }

        public async ValueTask DisposeAsync()
        {
            await Host.DisposeAsync();
            if (_database is not null)
            {
                await _database.DisposeAsync();
            }
        }
    }
}
