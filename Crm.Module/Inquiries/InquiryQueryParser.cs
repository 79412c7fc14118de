using System.Globalization;
using Crm.Abstractions.Common;
using Crm.Abstractions.Inquiries;
using Microsoft.AspNetCore.Http;

namespace Crm.Module.Inquiries;

/// <summary>Reads <c>?view=&amp;account=&amp;order=&amp;invoice=&amp;team=&amp;status=&amp;search=&amp;sort=&amp;page=&amp;pageSize=</c>, naming any bad value.</summary>
internal static class InquiryQueryParser
{
    public static InquiryQuery Parse(IQueryCollection query)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var view = ParseEnum(query["view"], InquiryView.Open, "view", errors);
        var status = ParseEnum<InquiryStatus>(query["status"], null, "status", errors);
        var sort = ParseEnum(query["sort"], InquirySort.DueFirst, "sort", errors);
        PageRequest page = PageRequest.First;
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

        if (errors.Count > 0)
        {
            throw new CrmValidationException(errors);
        }

        return new InquiryQuery(view, page, Text(query["account"]), Text(query["order"]), Text(query["invoice"]), Text(query["team"]), status, Text(query["search"]), sort);
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static T? ParseEnum<T>(string? raw, T? fallback, string field, Dictionary<string, string[]> errors)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return fallback;
        }

        if (Enum.TryParse<T>(raw, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(raw, out _))
        {
            return value;
        }

        errors[field] = [string.Format(CultureInfo.CurrentCulture, Messages.OneOf, string.Join(", ", Enum.GetNames<T>()))];
        return fallback;
    }

    private static T ParseEnum<T>(string? raw, T fallback, string field, Dictionary<string, string[]> errors)
        where T : struct, Enum =>
        ParseEnum<T>(raw, (T?)fallback, field, errors) ?? fallback;
}
