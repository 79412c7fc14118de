using System.Globalization;
using Crm.Abstractions.Api;
using Crm.Abstractions.Common;
using Crm.Abstractions.Sales;
using Crm.Module.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Crm.Module.Sales.AccountHistory;

/// <summary>
/// <c>/api/crm/accounts/reorder-due</c>, <c>/api/crm/accounts/{key}/history</c> and
/// <c>/segment</c>, and <c>/api/crm/segments…</c>. The literal <c>reorder-due</c> outranks the
/// <c>{key}</c> route of <see cref="Accounts.AccountEndpoints"/> in ASP.NET Core's routing, so both resolve.
/// </summary>
internal sealed class AccountHistoryEndpoints : ICrmApiContributor
{
    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        var accounts = api.MapGroup("/accounts").AddEndpointFilter<CrmProblemFilter>().WithTags("Account history");

        accounts.MapGet("/reorder-due", (
            [FromQuery] string? owner, [FromQuery] string? toleranceDays, [FromQuery] string? page, [FromQuery] string? pageSize,
            [FromServices] IAccountHistory history, CancellationToken ct) =>
            history.ReorderDueAsync(new ReorderDueQuery(ParseTolerance(toleranceDays), owner), PageRequest.Parse(page, pageSize), ct));

        accounts.MapGet("/{key}/history", (string key, [FromServices] IAccountHistory history, CancellationToken ct) =>
            history.GetAsync(RouteKey.Decode(key), ct));

        accounts.MapGet("/{key}/segment", (string key, [FromServices] IAccountSegments segments, CancellationToken ct) =>
            segments.GetAsync(RouteKey.Decode(key), ct));

        var segments = api.MapGroup("/segments").AddEndpointFilter<CrmProblemFilter>().WithTags("Segments");

        segments.MapGet("/", ([FromServices] IAccountSegments service, CancellationToken ct) => service.SummaryAsync(ct));

        segments.MapGet("/accounts", (
            [FromQuery] string? tier, [FromQuery] string? page, [FromQuery] string? pageSize, [FromServices] IAccountSegments service, CancellationToken ct) =>
            service.ListAsync(ParseTier(tier), PageRequest.Parse(page, pageSize), ct));

        segments.MapPost("/recompute", ([FromServices] IAccountSegments service, CancellationToken ct) => service.RecomputeAsync(ct));
    }

    internal static int ParseTolerance(string? text) =>
        string.IsNullOrWhiteSpace(text) ? 0
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) ? days
        : throw new CrmValidationException("toleranceDays", string.Format(CultureInfo.CurrentCulture, Messages.WholeNumberRange, 0, 3650));

    // Names only: Enum.TryParse would also take "3" or "1,2".
    internal static AccountTier? ParseTier(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (var tier in Enum.GetValues<AccountTier>())
        {
            if (string.Equals(tier.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return tier;
            }
        }

        throw new CrmValidationException("tier", string.Format(CultureInfo.CurrentCulture, Messages.OneOf, string.Join(", ", Enum.GetNames<AccountTier>())));
    }
}
