namespace ErpCrm.MedicalDevices.Rules;

/// <summary>Keeps a proposal's subject within what an activity accepts.</summary>
internal static class ProposalText
{
    private const int MaxSubjectLength = 200;

    public static string Subject(string text) => text.Length <= MaxSubjectLength ? text : text[..(MaxSubjectLength - 1)] + "…";
}
