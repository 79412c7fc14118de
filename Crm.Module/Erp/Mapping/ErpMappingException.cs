using Crm.Module.Hosting;

namespace Crm.Module.Erp.Mapping;

/// <summary>A setting of the ERP mapping (<c>Crm:Erp</c>) is wrong; the message names it.</summary>
public sealed class ErpMappingException(string setting, string problem, Exception? innerException = null)
    : CrmSettingException(setting, problem, innerException);
