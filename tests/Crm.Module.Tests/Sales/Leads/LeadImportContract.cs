using System.Text;
using Autofac;
using Crm.Abstractions.Common;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Security;
using Crm.Module.Tests.Harness;
using Crm.Module.Tests.Shapes;
using Crm.Testing;
using Dapper;

namespace Crm.Module.Tests.Sales.Leads;

/// <summary>CSV import of leads on a real database: dry run, strict and skipping imports, duplicates, file limits.</summary>
public abstract class LeadImportContract
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private AddOnOnDatabase? _run;

    protected abstract DatabaseEngine Engine { get; }

    private AddOnUnderTest AddOn => _run!.AddOn;

    private ILeadService Leads => AddOn.Container.Resolve<ILeadService>();

    [TestInitialize]
    public async Task StartAsync()
    {
        _run = await AddOnOnDatabase.StartAsync(
            Engine, db => new HostSampleShape().SeedAsync(db, DateOnly.FromDateTime(Now.UtcDateTime)), LeadTestSettings.Create(), new FixedClock(Now));
        SignIn("anna", CrmRoles.SalesManager);
    }

    [TestCleanup]
    public async Task StopAsync()
    {
        if (_run is not null)
        {
            await _run.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task A_dry_run_reports_every_bad_row_and_every_duplicate_and_imports_nothing()
    {
        var (customerKey, file) = await FileWithBadRowsAsync();

        var result = await Leads.ImportAsync(file, new LeadImportOptions(DryRun: true));

        Assert.AreEqual((true, 5, 3, 0), (result.DryRun, result.Rows, result.Valid, result.Imported));
        CollectionAssert.AreEquivalent(
            new[] { (3, "email"), (4, "company"), (4, "email") },
            result.Errors.Select(e => (e.Row, e.Field)).ToList());
        var duplicates = result.Duplicates.Select(d => (d.Row, d.Duplicate.Kind, d.Duplicate.Key)).ToList();
        CollectionAssert.AreEquivalent(new[] { (5, DuplicateKind.ErpCustomer, customerKey), (6, DuplicateKind.Lead, "row 2") }, duplicates);
        Assert.AreEqual(0, await CountAsync("crm_leads"));
    }

    [TestMethod]
    public async Task A_strict_import_with_a_bad_row_imports_nothing()
    {
        var (_, file) = await FileWithBadRowsAsync();

        var result = await Leads.ImportAsync(file, new LeadImportOptions());

        Assert.AreEqual((false, 0), (result.DryRun, result.Imported));
        Assert.HasCount(3, result.Errors);
        Assert.IsEmpty(result.LeadIds);
        Assert.AreEqual(0, await CountAsync("crm_leads"));
        Assert.AreEqual(0, await CountAsync("crm_outbox"));
    }

    [TestMethod]
    public async Task Skipping_invalid_rows_imports_the_good_ones_in_one_go()
    {
        var (_, file) = await FileWithBadRowsAsync();

        var result = await Leads.ImportAsync(file, new LeadImportOptions(SkipInvalid: true));

        Assert.AreEqual(3, result.Imported);
        Assert.AreEqual(3, await CountAsync("crm_leads WHERE source = 'import' AND created_by = 'anna'"));
        Assert.AreEqual(3, await CountAsync("crm_outbox WHERE event_type = 'Crm.Abstractions.Sales.LeadCreated'"));
        var first = await Leads.GetAsync(result.LeadIds[0]);
        Assert.AreEqual(("Kaffee Nord GmbH", "Nora Nord", "20095", "rep2"), (first.Company, first.ContactName, first.PostalCode, first.Owner), "a manager's rows go to the rules: Hamburg is no territory, the pool's first turn");
    }

    [TestMethod]
    public async Task Commas_quotes_and_line_breaks_inside_fields_are_read()
    {
        var file = "company,contactName,email,notes,source\r\n\"Smith, Jones & Co.\",\"Ann \"\"Annie\"\" Smith\",ann@smithjones.example,\"Line one\nLine two\",referral\r\n";
        SignIn("rep1", CrmRoles.SalesRep);

        var result = await Leads.ImportAsync(file, new LeadImportOptions());

        var lead = await Leads.GetAsync(result.LeadIds.Single());
        Assert.AreEqual(("Smith, Jones & Co.", "Ann \"Annie\" Smith", "Line one\nLine two", "referral", "rep1"), (lead.Company, lead.ContactName, lead.Notes, lead.Source, lead.Owner));
    }

    [TestMethod]
    public async Task Rows_a_rep_may_not_import_and_broken_rows_are_reported_by_row()
    {
        SignIn("rep1", CrmRoles.SalesRep);
        var file = "company;email;owner\nMine;a@example.com;\nTheirs;b@example.com;rep2\nBroken \"quote;c@example.com;\n";

        var result = await Leads.ImportAsync(file, new LeadImportOptions(DryRun: true));

        CollectionAssert.Contains(result.Errors.Select(e => (e.Row, e.Field)).ToList(), (3, "owner"));
        CollectionAssert.Contains(result.Errors.Select(e => e.Row).ToList(), 4);
        Assert.IsFalse(result.Errors.Any(e => e.Row == 2));
    }

    [TestMethod]
    public async Task A_file_that_is_too_long_or_has_unknown_columns_is_refused_as_a_whole()
    {
        var tooLong = new StringBuilder("company;email\n");
        for (var i = 0; i <= 10_000; i++)
        {
            tooLong.Append("Firma ").Append(i).Append(";f").Append(i).Append("@example.com\n");
        }

        var rows = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Leads.ImportAsync(tooLong.ToString(), new LeadImportOptions(DryRun: true)));
        var columns = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Leads.ImportAsync("company;emial\nFirma;x@example.com\n", new LeadImportOptions()));
        var empty = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Leads.ImportAsync(string.Empty, new LeadImportOptions()));

        StringAssert.Contains(rows.Errors["file"][0], "10000");
        StringAssert.Contains(columns.Errors["file"][0], "'emial'");
        Assert.IsTrue(empty.Errors.ContainsKey("file"));
        Assert.AreEqual(0, await CountAsync("crm_leads"));
    }

    // A German spreadsheet export: byte-order mark, semicolons, German column names. Row 3 has a bad
    // e-mail, row 4 neither name nor reachable contact, row 5 an ERP customer's address (upper
    // case), row 6 repeats row 2's company in other spelling.
    private async Task<(string CustomerKey, string File)> FileWithBadRowsAsync()
    {
        await using var connection = await _run!.Database.OpenConnectionAsync();
        var customer = await connection.QueryFirstAsync<(string Key, string Email)>("SELECT customer_no, email FROM erp_customers WHERE email IS NOT NULL ORDER BY customer_no");
        var file = "\uFEFFFirma;Kontakt;E-Mail;Telefon;Land;PLZ;Ort\r\n"
            + "Kaffee Nord GmbH;Nora Nord;nora@kaffee-nord.de;040 123456;DE;20095;Hamburg\r\n"
            + "Kaffee Süd;;not-an-email;;DE;80331;München\r\n"
            + ";;;;DE;;\r\n"
            + $"Bekannt;;{customer.Email.ToUpperInvariant()};;;;\r\n"
            + "KAFFEE NORD;;;+49 40 999999;DE;;\r\n";
        return (customer.Key, file);
    }

    private void SignIn(string userName, params string[] roles)
    {
        AddOn.User.UserName = userName;
        AddOn.User.SetRoles(roles);
    }

    private async Task<long> CountAsync(string tableAndFilter)
    {
        await using var connection = await _run!.Database.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {tableAndFilter}");
    }
}

[TestClass]
public sealed class SqliteLeadImportTests : LeadImportContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

[TestClass]
public sealed class PostgresLeadImportTests : LeadImportContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;
}

[TestClass]
public sealed class SqlServerLeadImportTests : LeadImportContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.SqlServer;
}
