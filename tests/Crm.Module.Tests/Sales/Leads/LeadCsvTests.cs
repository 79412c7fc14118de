using Crm.Abstractions.Common;
using Crm.Module.Sales.Leads;

namespace Crm.Module.Tests.Sales.Leads;

[TestClass]
public sealed class LeadCsvTests
{
    [TestMethod]
    public void Rows_are_numbered_as_a_spreadsheet_shows_them()
    {
        var rows = LeadCsv.Read("company,email,notes\nOne,a@example.com,\"first line\nsecond line\"\n\nTwo,b@example.com,\n");

        CollectionAssert.AreEqual(new[] { (2, "One"), (4, "Two") }, rows.Select(r => (r.Number, r.Input.Company!)).ToList());
        Assert.AreEqual("first line\nsecond line", rows[0].Input.Notes);
    }

    [TestMethod]
    public void The_header_decides_the_delimiter_and_names_are_matched_loosely()
    {
        var semicolons = LeadCsv.Read("\uFEFFFirma; E-Mail ;PLZ;contact_name\nMüller, Meier & Co.;m@example.de;10115;Eva\n");
        var commas = LeadCsv.Read("Company Name,Phone Number,Country Code\n\"A; B\",030 123456,DE\n");

        Assert.AreEqual(("Müller, Meier & Co.", "m@example.de", "10115", "Eva"), (semicolons[0].Input.Company, semicolons[0].Input.Email, semicolons[0].Input.PostalCode, semicolons[0].Input.ContactName));
        Assert.AreEqual(("A; B", "030 123456", "DE"), (commas[0].Input.Company, commas[0].Input.Phone, commas[0].Input.Country));
    }

    [TestMethod]
    public void Stray_quotes_and_extra_fields_are_a_rows_problem_not_the_files()
    {
        var rows = LeadCsv.Read("company;email\nBroken \"quote;a@example.com\nToo;b@example.com;many\nFine;c@example.com\n");

        Assert.IsNotNull(rows[0].Problem);
        StringAssert.Contains(rows[1].Problem, "3 fields");
        Assert.IsNull(rows[2].Problem);
    }

    [TestMethod]
    public void Empty_cells_are_missing_values_and_an_owner_column_is_read()
    {
        var row = LeadCsv.Read("company;email;owner;city\nFirma;;rep2;\n").Single();

        Assert.AreEqual(("Firma", (string?)null, "rep2", (string?)null), (row.Input.Company, row.Input.Email, row.Owner, row.Input.City));
    }

    [TestMethod]
    public void A_repeated_or_unknown_column_or_a_missing_header_refuses_the_file()
    {
        Assert.IsTrue(Assert.ThrowsExactly<CrmValidationException>(() => LeadCsv.Read("email;mail\n")).Errors.ContainsKey("file"));
        Assert.IsTrue(Assert.ThrowsExactly<CrmValidationException>(() => LeadCsv.Read("company;fax\n")).Errors.ContainsKey("file"));
        Assert.IsTrue(Assert.ThrowsExactly<CrmValidationException>(() => LeadCsv.Read("\uFEFF")).Errors.ContainsKey("file"));
    }
}
