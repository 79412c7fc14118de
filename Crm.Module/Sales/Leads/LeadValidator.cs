using System.Globalization;
using Crm.Abstractions.Sales;
using Crm.Module.Validation;

namespace Crm.Module.Sales.Leads;

/// <summary>Checks a lead's contact data field by field; the API, the import and the web form share it.</summary>
internal static class LeadValidator
{
    private static readonly IdnMapping Idn = new();

    /// <summary>
    /// The clean fields, with every problem added to <paramref name="errors"/>. A lead to be stored
    /// is <paramref name="complete"/>: it needs a name and a way to reach it; a duplicate check does not.
    /// </summary>
    public static LeadFields Validate(LeadInput input, FieldErrors errors, string defaultSource, bool complete = true)
    {
        ArgumentNullException.ThrowIfNull(input);
        var company = errors.Text("company", input.Company, 200);
        var contact = errors.Text("contactName", input.ContactName, 200);
        var email = errors.Text("email", input.Email, 254);
        var phone = errors.Text("phone", input.Phone, 50);
        var country = errors.Text("country", input.Country, 2)?.ToUpperInvariant();
        var postalCode = errors.Text("postalCode", input.PostalCode, 20);
        var city = errors.Text("city", input.City, 100);
        var source = errors.Text("source", input.Source, 30)?.ToLowerInvariant() ?? defaultSource;
        var notes = errors.Text("notes", input.Notes, 4000, multiLine: true);

        if (complete && company is null && contact is null)
        {
            errors.Add("company", Messages.CompanyOrContactName);
        }

        if (complete && email is null && phone is null)
        {
            errors.Add("email", Messages.EmailOrPhone);
        }

        if (email is not null && !IsEmail(email))
        {
            errors.Add("email", Messages.EmailFormat);
        }

        if (phone is not null && (!phone.All(c => char.IsAsciiDigit(c) || " +-/().".Contains(c, StringComparison.Ordinal)) || phone.Count(char.IsAsciiDigit) < 6))
        {
            errors.Add("phone", Messages.PhoneFormat);
        }

        if (country is not null && !IsCountry(country))
        {
            errors.Add("country", Messages.CountryCode);
        }

        if (source.Length < 2 || !source.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            errors.Add("source", Messages.LeadSourceFormat);
        }

        return new LeadFields(company, contact, email, phone, country, postalCode, city, source, notes);
    }

    private static bool IsEmail(string email)
    {
        var at = email.LastIndexOf('@');
        if (at <= 0 || at == email.Length - 1 || email.Any(char.IsWhiteSpace) || email.IndexOf('@', StringComparison.Ordinal) != at)
        {
            return false;
        }

        try
        {
            var domain = Idn.GetAscii(email[(at + 1)..]);
            return domain.Contains('.', StringComparison.Ordinal) && !domain.StartsWith('.') && !domain.EndsWith('.');
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool IsCountry(string code)
    {
        if (code.Length != 2 || !code.All(char.IsAsciiLetter))
        {
            return false;
        }

        try
        {
            return string.Equals(new RegionInfo(code).TwoLetterISORegionName, code, StringComparison.OrdinalIgnoreCase);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
