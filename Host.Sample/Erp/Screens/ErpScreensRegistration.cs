using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Screens;
using Host.Sample.AddOns;
using Host.Sample.Erp.Api;

namespace Host.Sample.Erp.Screens;

/// <summary>
/// Everything the host contributes to the screens, in one place: its screens and their texts, the
/// plugin directory the add-on's loaded-plugins screen shows, and the <c>/api/erp</c> routes its screens read.
/// </summary>
internal static class ErpScreensRegistration
{
    public static IServiceCollection AddErpScreens(this IServiceCollection services)
    {
        services.AddSingleton<IScreenSource, ErpScreens>();
        services.AddSingleton<ILabelSource, ErpLabelSource>();
        services.AddSingleton<IPluginDirectory, PluginDirectory>();
        services.AddSingleton<ErpSqlDialect>();
        services.AddSingleton<ErpCustomerQueries>();
        services.AddSingleton<ErpOrderQueries>();
        services.AddSingleton<ErpInvoiceQueries>();
        return services;
    }

    public static IEndpointRouteBuilder MapErpApi(this IEndpointRouteBuilder endpoints)
    {
        ErpApiEndpoints.Map(endpoints);
        return endpoints;
    }
}
