using System.Globalization;
using Crm.Abstractions.Common;
using Crm.Abstractions.Sales;
using Crm.Abstractions.CustomFields;
using Crm.Module.Accounts;
using Crm.Module.CustomFields;
using Crm.Module.Data;
using Crm.Module.Validation;
using Dapper;

namespace Crm.Module.Sales.Leads;

/// <summary>
/// The lead list: only the owners the user may see (and unowned leads for managers), filtered in
/// SQL so that a page never holds someone else's lead; one count and one page statement.
/// </summary>
internal sealed class LeadFinder(CrmDatabase database, LeadSql sql, SalesAccess access, CustomFieldFilters customFields)
{
    private static readonly string[] SearchColumns = ["l.company", "l.contact_name", "l.email", "l.city"];

    public async Task<Page<Lead>> FindAsync(LeadQuery query, IReadOnlyList<CustomFieldFilter>? customFieldFilters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new FieldErrors();
        var owner = errors.Text("owner", query.Owner, 100);
        var search = errors.Text("search", query.Search, AccountSearchTerms.MaxLength);
        if (query.Status is { } s && !Enum.IsDefined(s))
        {
            errors.Add("status", string.Format(CultureInfo.CurrentCulture, Messages.OneOf, string.Join(", ", Enum.GetNames<LeadStatus>())));
        }

        errors.ThrowIfAny();
        var where = new List<string>();
        var parameters = new DynamicParameters(new { skip = query.Page.Offset, take = query.Page.PageSize });
        if (access.VisibleOwners is { } owners)
        {
            where.Add(access.SeesUnowned
                ? $"({sql.InList("l.owner_user_name", "@visible")} OR l.owner_user_name IS NULL)"
                : sql.InList("l.owner_user_name", "@visible"));
            parameters.Add("visible", owners.ToArray());
        }

        if (query.Status is { } status)
        {
            where.Add("l.status = @status");
            parameters.Add("status", status.ToString());
        }

        if (owner is not null)
        {
            where.Add("l.owner_user_name = @owner");
            parameters.Add("owner", owner);
        }

        if (query.Unowned)
        {
            where.Add("l.owner_user_name IS NULL");
        }

        if (search is not null)
        {
            where.Add($"({string.Join(" OR ", SearchColumns.Select(c => sql.LikeIgnoreCase(c, "@search")))})");
            parameters.Add("search", "%" + AccountSearchTerms.EscapeLike(search) + "%");
        }

        where.AddRange(customFields.Conditions(CustomFieldEntity.Lead, "l.id", customFieldFilters ?? [], parameters));
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var reader = await connection.QueryMultipleAsync(new CommandDefinition(sql.Find(where), parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var total = await reader.ReadSingleAsync<long>().ConfigureAwait(false);
        var rows = await reader.ReadAsync<LeadRow>().ConfigureAwait(false);
        return new Page<Lead>([.. rows.Select(r => r.ToLead())], query.Page.Page, query.Page.PageSize, total);
    }
}
