namespace Crm.Module.Data.Resilience;

/// <summary>One engine's driver errors, sorted by what they mean for trying again.</summary>
internal interface IFaultClassifier
{
    /// <summary>The kind of <paramref name="exception"/> itself (not its inner exceptions), or null when it is not this driver's error.</summary>
    FaultKind? Classify(Exception exception);
}
