namespace Crm.Benchmarks.Hosting;

/// <summary>One phase of a run (start, load, …) and the largest values seen in it, in kB.</summary>
internal sealed class MemoryPhase(string name)
{
    public string Name { get; } = name;

    public long PeakResident { get; private set; }

    public long PeakAnonymous { get; private set; }

    /// <summary>The kernel's peak resident set of the process so far (since its start, not only this phase).</summary>
    public long HighWater { get; private set; }

    public long LastResident { get; private set; }

    public int Samples { get; private set; }

    public void Add(long resident, long anonymous, long highWater)
    {
        PeakResident = Math.Max(PeakResident, resident);
        PeakAnonymous = Math.Max(PeakAnonymous, anonymous);
        HighWater = Math.Max(HighWater, highWater);
        LastResident = resident;
        Samples++;
    }
}
