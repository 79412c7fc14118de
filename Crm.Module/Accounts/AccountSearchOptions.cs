using System.Globalization;
using Crm.Module.Hosting;
using Microsoft.Extensions.Configuration;

namespace Crm.Module.Accounts;

/// <summary>
/// <c>Crm:Accounts:Search</c>: <c>CountLimit</c> (default 1000), the number of matches a search
/// counts before it says "more than" (<see cref="Crm.Abstractions.Common.Page{T}.TotalCountCapped"/>).
/// Read and checked when constructed, so a wrong value stops start-up.
/// </summary>
internal sealed class AccountSearchOptions
{
    public const string SectionName = "Crm:Accounts:Search";

    public AccountSearchOptions(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        CountLimit = Whole(section, "CountLimit", 1000, 1, 1_000_000);
    }

    public int CountLimit { get; }

    private static int Whole(IConfigurationSection section, string key, int fallback, int min, int max)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new CrmSettingException($"{SectionName}:{key}", $"'{text}' is not a whole number from {min} to {max}.");
    }
}
