using Crm.Abstractions.Screens;

namespace Crm.ScreenRenderer.Shell;

/// <summary>One entry of <c>GET /api/crm/screens</c>: a screen the user may open.</summary>
internal sealed record ScreenSummary(string Id, ScreenKind Kind, string TitleKey, string? TitleArgument);
