using System.Globalization;
using Crm.Abstractions.Common;
using Crm.Abstractions.Sales;
using Microsoft.AspNetCore.Http;

namespace Crm.Module.Sales.Leads;

/// <summary>Reads a lead list request from the query string: <c>status</c>, <c>owner</c>, <c>unowned</c>, <c>search</c>, <c>page</c>, <c>pageSize</c>.</summary>
internal static class LeadQueryParser
{
    public static LeadQuery Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        PageRequest page;
        try
        {
            page = PageRequest.Parse(query["page"], query["pageSize"]);
        }
        catch (CrmValidationException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                errors[field] = messages;
            }

            page = PageRequest.First;
        }

        LeadStatus? status = null;
        var statusText = query["status"].ToString();
        if (statusText.Length > 0)
        {
            if (Enum.TryParse<LeadStatus>(statusText, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(statusText, out _))
            {
                status = parsed;
            }
            else
            {
                errors["status"] = [string.Format(CultureInfo.CurrentCulture, Messages.OneOf, string.Join(", ", Enum.GetNames<LeadStatus>()))];
            }
        }

        var unownedText = query["unowned"].ToString();
        var unowned = unownedText is "true" or "True";
        if (unownedText.Length > 0 && !unowned && unownedText is not ("false" or "False"))
        {
            errors["unowned"] = [Messages.TrueOrFalse];
        }

        if (errors.Count > 0)
        {
            throw new CrmValidationException(errors);
        }

        return new LeadQuery(page, status, NullIfEmpty(query["owner"]), unowned, NullIfEmpty(query["search"]));
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
