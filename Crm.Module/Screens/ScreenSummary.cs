using Crm.Abstractions.Screens;

namespace Crm.Module.Screens;

/// <summary>One entry of <c>GET /api/crm/screens</c>: enough to build navigation.</summary>
internal sealed record ScreenSummary(string Id, ScreenKind Kind, string TitleKey, string? TitleArgument);
