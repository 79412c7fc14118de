using System.Resources;
using Crm.Abstractions.Screens;

namespace ErpCrm.MedicalDevices.Labels;

/// <summary>
/// The plugin's texts in English, German and Korean (<c>Labels/Labels*.resx</c>): its custom fields
/// and their choices (<c>field.&lt;code&gt;</c>, <c>field.&lt;code&gt;.&lt;choice&gt;</c>), its inquiry
/// category (<c>inquiryCategory.&lt;code&gt;</c>) and activity types (<c>activityType.&lt;code&gt;</c>).
/// </summary>
internal sealed class MedicalLabels : ILabelSource
{
    public const string SourceName = "ErpCrm.MedicalDevices";

    // The generated resource name follows the file's folder.
    private static readonly ResourceManager Resources = new("ErpCrm.MedicalDevices.Labels.Labels", typeof(MedicalLabels).Assembly);

    public string Name => SourceName;

    public ResourceManager Labels => Resources;
}
