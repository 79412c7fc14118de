using System.Security.Claims;
using Crm.Abstractions.Common;
using Crm.Abstractions.Security;
using Microsoft.AspNetCore.Mvc;

namespace Host.Sample.Erp.Api;

/// <summary>
/// <c>/api/erp</c>: the sample ERP's own read API, which its screens (<c>erp.customers</c>,
/// <c>erp.customer-card</c>, …) read their data from. Invoices are for finance, admins and order clerks.
/// </summary>
internal static class ErpApiEndpoints
{
    private const int MaxSearchLength = 100;

    private static readonly string[] InvoiceRoles = [CrmRoles.Finance, CrmRoles.Admin, CrmRoles.OrderClerk];

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var erp = endpoints.MapGroup("/api/erp").RequireAuthorization().AddEndpointFilter<ErpProblemFilter>().WithTags("ERP");

        erp.MapGet("/customers", (
            [FromQuery] string? search, [FromQuery] string? page, [FromQuery] string? pageSize, [FromServices] ErpCustomerQueries customers, CancellationToken ct) =>
            customers.SearchAsync(CheckSearch(search), PageRequest.Parse(page, pageSize), ct));

        erp.MapGet("/customers/{key}", (string key, [FromServices] ErpCustomerQueries customers, CancellationToken ct) =>
            customers.GetAsync(key, ct));

        erp.MapGet("/orders", (
            [FromQuery] string? customer, [FromQuery] string? page, [FromQuery] string? pageSize, [FromServices] ErpOrderQueries orders, CancellationToken ct) =>
            orders.ListAsync(customer, PageRequest.Parse(page, pageSize), ct));

        erp.MapGet("/invoices", async (
            [FromQuery] string? customer, [FromQuery] string? page, [FromQuery] string? pageSize, ClaimsPrincipal user, [FromServices] ErpInvoiceQueries invoices, CancellationToken ct) =>
        {
            if (!InvoiceRoles.Any(user.IsInRole))
            {
                return Results.Problem(
                    $"Invoices need one of the roles {string.Join(", ", InvoiceRoles)}.",
                    statusCode: StatusCodes.Status403Forbidden,
                    title: "Not allowed.");
            }

            return Results.Ok(await invoices.ListAsync(customer, PageRequest.Parse(page, pageSize), ct).ConfigureAwait(false));
        });
    }

    private static string? CheckSearch(string? search) =>
        search?.Length > MaxSearchLength
            ? throw new CrmValidationException("search", $"At most {MaxSearchLength} characters.")
            : search;
}
