using System.Globalization;
using Crm.Abstractions.Common;
using Crm.Abstractions.Security;
using Crm.Module.CustomFields;
using Crm.Module.Data;
using Crm.Module.Sales;
using Crm.Module.Sales.Forecast;
using Dapper;

namespace Crm.Module.Audit;

/// <summary>
/// Reads the audit log: a record's entries for whoever may read the record (proved through the
/// record's own service, as custom fields do), a user's entries for that user and Admins. There is
/// no way to change or remove an entry through the add-on.
/// </summary>
internal sealed class AuditLog(CrmDatabase database, AuditSql sql, CustomFieldRecords records, SalesAccess access, ICurrentUser user)
{
    public const int MaxLimit = 200;

    /// <exception cref="CrmNotFoundException">No such record.</exception>
    /// <exception cref="CrmPermissionException">The user may not read it.</exception>
    public async Task<AuditPage> OfRecordAsync(string entity, string key, long after, int limit, CancellationToken cancellationToken)
    {
        var record = new AuditedRecord(entity, key);
        var recordKey = record.FieldEntity is { } fieldEntity
            ? await records.DemandReadAsync(fieldEntity, key, cancellationToken).ConfigureAwait(false)
            : DemandReadSalesTarget(key);
        return await PageAsync(sql.OfRecord, new { entity, recordKey, after, skip = 0, take = limit }, limit, cancellationToken).ConfigureAwait(false);
    }

    /// <exception cref="CrmPermissionException">Neither an Admin nor the user asked about.</exception>
    public Task<AuditPage> OfUserAsync(string userName, long after, int limit, CancellationToken cancellationToken)
    {
        if (!user.IsAuthenticated || (!user.IsInRole(CrmRoles.Admin) && !string.Equals(userName, user.UserName, StringComparison.OrdinalIgnoreCase)))
        {
            throw new CrmPermissionException(Messages.AuditOwnEntriesOnly);
        }

        return PageAsync(sql.OfUser, new { userName, after, skip = 0, take = limit }, limit, cancellationToken);
    }

    private async Task<AuditPage> PageAsync(string query, object parameters, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = (await connection.QueryAsync<AuditEntryRow>(new CommandDefinition(query, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();
        return new AuditPage([.. rows.Select(r => r.ToEntry())], rows.Count == limit ? rows[^1].Seq : null);
    }

    // A sales target is read by whoever reads its owner's forecast.
    private string DemandReadSalesTarget(string key)
    {
        var owners = ForecastAccess.DemandRead(access, user);
        if (AuditedRecord.SalesTargetOf(key) is not var (owner, _, _))
        {
            throw new CrmNotFoundException("sales target", key);
        }

        return owners is null || owners.Contains(owner, StringComparer.OrdinalIgnoreCase)
            ? key
            : throw new CrmPermissionException(string.Format(CultureInfo.CurrentCulture, Messages.NotInYourTeam, owner));
    }
}
