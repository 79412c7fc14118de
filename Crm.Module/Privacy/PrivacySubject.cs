using System.Globalization;

namespace Crm.Module.Privacy;

/// <summary>Whose personal data is exported or erased: one lead, or a contact by e-mail address or by exact name.</summary>
internal abstract record PrivacySubject
{
    /// <summary>Names the subject in a download's file name and in the export.</summary>
    public abstract string Describe();
}

/// <summary>A lead by id (with the leads merged into it).</summary>
internal sealed record LeadSubject(long LeadId) : PrivacySubject
{
    public override string Describe() => "lead-" + LeadId.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// A contact wherever the CRM names it: by e-mail address (leads, prospects) or, where the CRM has
/// no address (an inquiry's contact name), by the exact name.
/// </summary>
internal sealed record ContactSubject(string? Email, string? Name) : PrivacySubject
{
    public override string Describe() => "contact";
}
