using System.Globalization;
using Crm.Abstractions.Common;
using Crm.Abstractions.Sales;
using Microsoft.AspNetCore.Http;

namespace Crm.Module.Sales.Opportunities;

/// <summary>Reads <c>?pipeline=&amp;stage=&amp;owner=&amp;status=&amp;account=&amp;page=&amp;pageSize=</c>, naming any bad value.</summary>
internal static class OpportunityQueryParser
{
    public static OpportunityQuery Parse(IQueryCollection query)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        OpportunityStatus? status = null;
        var statusText = Text(query["status"]);
        if (statusText is not null)
        {
            if (Enum.TryParse<OpportunityStatus>(statusText, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(statusText, out _))
            {
                status = parsed;
            }
            else
            {
                errors["status"] = [string.Format(CultureInfo.CurrentCulture, Messages.OneOf, string.Join(", ", Enum.GetNames<OpportunityStatus>()))];
            }
        }

        var page = PageRequest.First;
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
        }

        return errors.Count > 0
            ? throw new CrmValidationException(errors)
            : new OpportunityQuery(page, Text(query["pipeline"]), Text(query["stage"]), Text(query["owner"]), status, Text(query["account"]));
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
