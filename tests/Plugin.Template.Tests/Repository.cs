using System.Xml.Linq;

namespace Plugin.Template.Tests;

/// <summary>Paths and facts of the repository these tests run in.</summary>
internal static class Repository
{
    /// <summary>The folder holding ErpCrmModule.sln, found upwards from the test's output folder.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The template's folder, as a partner passes it to <c>dotnet new install</c>.</summary>
    public static string TemplateFolder => Path.Combine(Root, "plugins", "template");

    /// <summary>The contract's version as Crm.Abstractions.csproj sets it (the package's version).</summary>
    public static string ContractVersion
    {
        get
        {
            var project = XDocument.Load(Path.Combine(Root, "Crm.Abstractions", "Crm.Abstractions.csproj"));
            return project.Descendants("Version").Single().Value;
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ErpCrmModule.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No ErpCrmModule.sln above {AppContext.BaseDirectory}.");
    }
}
