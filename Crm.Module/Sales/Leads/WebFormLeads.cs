using System.Security.Cryptography;
using System.Text;
using Crm.Abstractions.Sales;
using Crm.Module.CustomFields;
using Crm.Module.Data;
using Crm.Module.Hosting;
using Crm.Module.Sales.Assignment;
using Crm.Module.Validation;
using Microsoft.Extensions.Logging;

namespace Crm.Module.Sales.Leads;

/// <summary>
/// Leads from the company website's form. Nobody is signed in: the caller proves itself with the
/// configured form key (compared in constant time), the lead's source is always <c>web-form</c>,
/// its owner comes from the assignment rules and <c>web-form</c> is recorded as its creator.
/// </summary>
internal sealed partial class WebFormLeads
{
    public const string KeyHeader = "X-Crm-Form-Key";

    /// <summary>The hidden form field people leave empty and form-filling robots fill in.</summary>
    public const string HoneypotField = "website";

    private const string Creator = "web-form";

    private readonly CrmDatabase _database;
    private readonly LeadWriter _writer;
    private readonly OwnerAssignment _assignment;
    private readonly TimeProvider _clock;
    private readonly ILogger<WebFormLeads> _logger;
    private readonly byte[]? _keyHash;

    public WebFormLeads(WebFormOptions options, CrmDatabase database, LeadWriter writer, OwnerAssignment assignment, TimeProvider clock, ILogger<WebFormLeads> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.FormKey is { } key && key.Trim().Length < 16)
        {
            throw new CrmSettingException($"{WebFormOptions.SectionName}:FormKey", "Must be at least 16 characters; generate a random one.");
        }

        _keyHash = options.FormKey is null ? null : SHA256.HashData(Encoding.UTF8.GetBytes(options.FormKey.Trim()));
        _database = database;
        _writer = writer;
        _assignment = assignment;
        _clock = clock;
        _logger = logger;
    }

    public bool IsEnabled => _keyHash is not null;

    /// <summary>
    /// Whether <paramref name="presented"/> is the form key. Both are hashed first, so the comparison
    /// takes the same time whatever the presented key's length or first wrong character.
    /// </summary>
    public bool IsKeyValid(string? presented)
    {
        if (_keyHash is null)
        {
            return false;
        }

        var valid = CryptographicOperations.FixedTimeEquals(_keyHash, SHA256.HashData(Encoding.UTF8.GetBytes(presented ?? string.Empty)));
        if (!valid)
        {
            LogKeyRefused(_logger);
        }

        return valid;
    }

    /// <summary>Stores the lead; the caller has checked the key and the honeypot.</summary>
    public async Task<long> CaptureAsync(LeadInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        var fields = LeadValidator.Validate(input with { Source = null }, errors, Creator);
        errors.ThrowIfAny();
        var now = _clock.GetUtcNow();
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await _assignment.PrepareAsync(connection, cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var owner = await _assignment.AssignAsync(connection, transaction, fields.Country, fields.PostalCode, cancellationToken).ConfigureAwait(false);
        var row = await _writer.InsertAsync(connection, transaction, fields, owner, Creator, now, CustomFieldCreation.NoValues, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return row.Id;
    }

    /// <summary>Records that a robot filled the honeypot; the caller answers as if the lead was taken.</summary>
    public void RefuseRobot() => LogHoneypot(_logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A web-form lead was refused: the X-Crm-Form-Key header is missing or wrong.")]
    private static partial void LogKeyRefused(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "A web-form lead was dropped: the honeypot field was filled in, as robots do.")]
    private static partial void LogHoneypot(ILogger logger);
}
