using Crm.Abstractions.Common;
using Microsoft.AspNetCore.Http;

namespace Crm.Module.Api;

/// <summary>A true/false query parameter: absent or empty is false; anything but true or false is a 400 naming it.</summary>
internal static class QueryFlag
{
    public static bool Read(IQueryCollection query, string name) =>
        query[name].ToString() switch
        {
            "" or "false" or "False" => false,
            "true" or "True" => true,
            _ => throw new CrmValidationException(name, Messages.TrueOrFalse),
        };
}
