using System.Data;
using Dapper;

namespace Crm.Module.Erp.Mapping;

/// <summary>A key from outside, typed for the ERP's key column.</summary>
/// <param name="Value">The value: text or a whole number.</param>
/// <param name="DbType">A fixed-length key's parameter type, so the engine compares <c>char(n)</c> with <c>char(n)</c>.</param>
/// <param name="Size">The fixed length, for <see cref="DbType"/>.</param>
internal sealed record ErpKeyParameter(object Value, DbType? DbType, int? Size)
{
    /// <summary>Parameters from <paramref name="template"/> (an anonymous object) plus this key as <paramref name="name"/>.</summary>
    public DynamicParameters With(object template, string name = "accountKey")
    {
        var parameters = new DynamicParameters(template);
        parameters.Add(name, Value, DbType, size: Size);
        return parameters;
    }
}
