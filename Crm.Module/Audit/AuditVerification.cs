namespace Crm.Module.Audit;

/// <summary>
/// What a walk along the audit chain found. <paramref name="FirstBrokenSeq"/>: the first entry that
/// is missing, changed, or no longer chained to the one before it (null when the chain holds).
/// <paramref name="LastSeq"/> and <paramref name="LastHash"/>: the chain's head; kept somewhere
/// outside the database, they also reveal a chain rewritten from some entry to its end.
/// </summary>
internal sealed record AuditVerification(long Checked, bool Valid, long? FirstBrokenSeq, long Redacted, long LastSeq, string LastHash);
