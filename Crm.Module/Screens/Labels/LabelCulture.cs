using System.Globalization;
using Crm.Abstractions.Common;

namespace Crm.Module.Screens.Labels;

/// <summary>The culture a labels request asks for: the <c>culture</c> query value when given, else the request's UI culture.</summary>
internal static class LabelCulture
{
    public static CultureInfo Parse(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return CultureInfo.CurrentUICulture;
        }

        try
        {
            // Predefined only: otherwise any well-formed tag ("xx-YY") would make a culture of its own.
            return CultureInfo.GetCultureInfo(name.Trim(), predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            throw new CrmValidationException("culture", $"'{name}' is no culture this host knows; use a name such as en-US, de-DE or ko-KR.");
        }
    }
}
