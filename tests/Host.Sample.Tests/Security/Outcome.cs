using System.Net;

namespace Host.Sample.Tests.Security;

/// <summary>What a role gets from a route, by status class.</summary>
internal enum Outcome
{
    /// <summary>2xx, or a 4xx about the request itself (400, 404, 409): the role got past authorization.</summary>
    Allowed,

    /// <summary>403: signed in, but not for this role or this record.</summary>
    Forbidden,

    /// <summary>401: not signed in.</summary>
    Unauthenticated,
}

internal static class OutcomeOf
{
    /// <summary>The class of an answer; a 5xx (or anything else) is none of them, so it never matches the table.</summary>
    public static Outcome? Status(HttpStatusCode status) => (int)status switch
    {
        401 => Outcome.Unauthenticated,
        403 => Outcome.Forbidden,
        >= 200 and < 300 => Outcome.Allowed,
        >= 400 and < 500 => Outcome.Allowed,
        _ => null,
    };
}
