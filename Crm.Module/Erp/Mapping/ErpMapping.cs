using Crm.Module.Data;
using Microsoft.Extensions.Configuration;

namespace Crm.Module.Erp.Mapping;

/// <summary>
/// The ERP mapping of this process: read from configuration once, turned into <see cref="ErpViews"/>
/// on first use. Start-up touches it first, so a wrong setting stops the host before any request.
/// </summary>
internal sealed class ErpMapping
{
    private readonly Lazy<ErpMappingOptions> _options;
    private readonly Lazy<ErpViews> _views;

    public ErpMapping(IConfiguration configuration, CrmDatabase database)
    {
        _options = new(() => ErpMappingLoader.Load(configuration));
        _views = new(() => ErpViewBuilder.Build(_options.Value, database.Dialect));
    }

    /// <summary>The settings (profile and overrides merged), for what is derived from names rather than views: the ERP indexes.</summary>
    /// <exception cref="ErpMappingException">A setting is malformed.</exception>
    public ErpMappingOptions Options => _options.Value;

    /// <exception cref="ErpMappingException">A setting is missing or malformed.</exception>
    public ErpViews Views => _views.Value;
}
