using System.Globalization;
using Crm.Abstractions.Common;
using Crm.Abstractions.Security;
using Crm.Module.Data;
using Crm.Module.Sales.Leads;

namespace Crm.Module.Privacy;

/// <summary>
/// Export and erasure of personal data on request, for the data protection officer (Admin only).
/// An erasure is one transaction: every record about the subject is erased, or none is.
/// </summary>
internal sealed class PrivacyService(CrmDatabase database, PersonalRecordFinder finder, PersonalDataExport export, PersonalDataEraser eraser, ICurrentUser user, TimeProvider clock)
{
    /// <summary>The <see cref="Crm.Abstractions.Privacy.PersonalDataErased.Reason"/> of an erasure someone asked for.</summary>
    public const string RequestReason = "request";

    public Task<PersonalDataDocument> ExportLeadAsync(long leadId, CancellationToken cancellationToken) =>
        ExportAsync(() => new LeadSubject(leadId), cancellationToken);

    public Task<PersonalDataDocument> ExportContactAsync(string? email, string? name, CancellationToken cancellationToken) =>
        ExportAsync(() => Contact(email, name), cancellationToken);

    public Task<ErasureReport> EraseLeadAsync(long leadId, bool? confirmed, CancellationToken cancellationToken) =>
        EraseAsync(() => new LeadSubject(leadId), confirmed, cancellationToken);

    public Task<ErasureReport> EraseContactAsync(string? email, string? name, bool? confirmed, CancellationToken cancellationToken) =>
        EraseAsync(() => Contact(email, name), confirmed, cancellationToken);

    /// <summary>The contact a request names: an e-mail address or an exact name, one of the two.</summary>
    /// <exception cref="CrmValidationException">Neither or both are given, or the address is not one.</exception>
    private static ContactSubject Contact(string? email, string? name)
    {
        var address = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        var exact = string.IsNullOrWhiteSpace(name) ? null : name;
        if (address is null && exact is null)
        {
            throw new CrmValidationException(new Dictionary<string, string[]> { ["email"] = [Messages.PrivacyContactNeeded], ["name"] = [Messages.PrivacyContactNeeded] });
        }

        if (address is not null && exact is not null)
        {
            throw new CrmValidationException("name", Messages.PrivacyContactOne);
        }

        if (address is not null && MatchKeys.Email(address) is null)
        {
            throw new CrmValidationException("email", Messages.PrivacyNotAnAddress);
        }

        return new ContactSubject(address, exact);
    }

    /// <exception cref="CrmNotFoundException">The subject is a lead that does not exist.</exception>
    private async Task<PersonalDataDocument> ExportAsync(Func<PrivacySubject> read, CancellationToken cancellationToken)
    {
        // Who may ask comes before what was asked: a user without the role learns nothing from a 400.
        user.Demand(Messages.ActionExportPersonalData, CrmRoles.Admin);
        var subject = read();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var records = await finder.FindAsync(connection, null, subject, cancellationToken).ConfigureAwait(false) ?? throw NotFound(subject);
        return await export.ReadAsync(connection, records, PersonalDataSubjectView.Of(subject), clock.GetUtcNow(), user.UserName, cancellationToken).ConfigureAwait(false);
    }

    /// <param name="confirmed">The caller's explicit yes: erasure cannot be undone.</param>
    /// <exception cref="CrmNotFoundException">The subject is a lead that does not exist.</exception>
    private async Task<ErasureReport> EraseAsync(Func<PrivacySubject> read, bool? confirmed, CancellationToken cancellationToken)
    {
        user.Demand(Messages.ActionErasePersonalData, CrmRoles.Admin);
        var subject = read();
        if (confirmed is not true)
        {
            throw new CrmValidationException("confirm", Messages.PrivacyConfirm);
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var records = await finder.FindAsync(connection, transaction, subject, cancellationToken).ConfigureAwait(false) ?? throw NotFound(subject);
        await eraser.EraseAsync(connection, transaction, records, RequestReason, user.UserName, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return ErasureReport.Of(PersonalDataSubjectView.Of(subject), records, clock.GetUtcNow());
    }

    private static CrmNotFoundException NotFound(PrivacySubject subject) =>
        subject is LeadSubject lead ? new CrmNotFoundException("lead", lead.LeadId.ToString(CultureInfo.InvariantCulture)) : new CrmNotFoundException("subject", subject.Describe());
}
