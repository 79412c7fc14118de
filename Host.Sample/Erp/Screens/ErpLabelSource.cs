using System.Resources;
using Crm.Abstractions.Screens;

namespace Host.Sample.Erp.Screens;

/// <summary>The texts of the ERP's screens in English, German and Korean (<c>ErpLabels*.resx</c>).</summary>
internal sealed class ErpLabelSource : ILabelSource
{
    public string Name => "erp";

    public ResourceManager Labels { get; } = new("Host.Sample.Erp.Screens.ErpLabels", typeof(ErpLabelSource).Assembly);
}
