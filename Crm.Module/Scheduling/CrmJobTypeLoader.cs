using Quartz.Extensibility;

namespace Crm.Module.Scheduling;

/// <summary>Quartz's type loader: the container's job types first, then the usual lookup for Quartz's own types.</summary>
internal sealed class CrmJobTypeLoader(CrmJobTypes jobTypes) : ITypeLoader
{
    public Type LoadType(string name) =>
        jobTypes.TryGetType(name, out var type)
            ? type
            : Type.GetType(name, throwOnError: true)!;
}
