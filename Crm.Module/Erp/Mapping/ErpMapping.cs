using Crm.Module.Data;
using Microsoft.Extensions.Configuration;

namespace Crm.Module.Erp.Mapping;

/// <summary>
/// The ERP mapping of this process: read from configuration once, turned into <see cref="ErpViews"/>
/// on first use. Start-up touches it first, so a wrong setting stops the host before any request.
/// </summary>
internal sealed class ErpMapping(IConfiguration configuration, CrmDatabase database)
{
    private readonly Lazy<ErpViews> _views = new(() => ErpViewBuilder.Build(ErpMappingLoader.Load(configuration), database.Dialect));

    /// <exception cref="ErpMappingException">A setting is missing or malformed.</exception>
    public ErpViews Views => _views.Value;
}
