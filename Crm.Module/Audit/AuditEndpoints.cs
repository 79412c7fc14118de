using System.Globalization;
using Crm.Abstractions.Api;
using Crm.Abstractions.Common;
using Crm.Module.Api;
using Crm.Module.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Crm.Module.Audit;

/// <summary>
/// <c>/api/crm/audit</c>: a record's entries (<c>?entity=lead&amp;key=42</c>) or a user's
/// (<c>?user=anna</c>), a page at a time after <c>after</c> (a seq), at most
/// <see cref="AuditLog.MaxLimit"/> per page; <c>/api/crm/audit/verify</c> walks the chain (Admin).
/// Read-only on purpose: no route writes or deletes audit data.
/// </summary>
internal sealed class AuditEndpoints : ICrmApiContributor
{
    private const int DefaultLimit = 50;

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        var audit = api.MapGroup("/audit").AddEndpointFilter<CrmProblemFilter>().WithTags("Audit");

        audit.MapGet("/", (HttpRequest request, [FromServices] AuditLog log, CancellationToken ct) =>
        {
            var query = request.Query;
            var errors = new FieldErrors();
            var after = Number(errors, query, "after", 0, long.MaxValue, 0);
            var limit = (int)Number(errors, query, "limit", 1, AuditLog.MaxLimit, DefaultLimit);
            var entity = query["entity"].ToString();
            var key = query["key"].ToString();
            var userName = query["user"].ToString();
            if (userName.Length > 0 == (entity.Length > 0 || key.Length > 0))
            {
                errors.Add(userName.Length > 0 ? "user" : "entity", Messages.AuditRecordOrUser);
            }
            else if (userName.Length == 0)
            {
                if (!AuditedRecord.Entities.Contains(entity, StringComparer.Ordinal))
                {
                    errors.Add("entity", string.Format(CultureInfo.CurrentCulture, Messages.OneOf, string.Join(", ", AuditedRecord.Entities)));
                }

                if (key.Length == 0)
                {
                    errors.Add("key", Messages.FieldRequired);
                }
            }

            errors.ThrowIfAny();
            return userName.Length > 0
                ? log.OfUserAsync(userName, after, limit, ct)
                : log.OfRecordAsync(entity, key, after, limit, ct);
        });

        audit.MapGet("/verify", ([FromServices] AuditVerifier verifier, CancellationToken ct) => verifier.VerifyAsync(ct));
    }

    private static long Number(FieldErrors errors, IQueryCollection query, string name, long min, long max, long absent)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return absent;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors.Add(name, string.Format(CultureInfo.CurrentCulture, Messages.WholeNumberRange, min, max));
        return absent;
    }
}
