namespace Crm.Module.Screens.Labels;

/// <summary>The answer of <c>GET /api/crm/screens/labels</c>: every label key's text in one culture.</summary>
/// <param name="Culture">The culture's name, e.g. <c>de-DE</c>; empty for the invariant culture.</param>
/// <param name="Labels">Text by resource key, in key order.</param>
internal sealed record LabelSet(string Culture, IReadOnlyDictionary<string, string> Labels);
