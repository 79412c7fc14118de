using Crm.Abstractions.Extensibility;
using Crm.Abstractions.Inquiries;
using Microsoft.Extensions.Logging;

namespace Company.CrmPlugin;

/// <summary>
/// Runs after a new inquiry was committed, in the background. This one only writes a log line for
/// service requests; a real plugin would tell another system here (a ticket tool, a field-service
/// planner), which is exactly what must not happen inside the transaction of the before handler.
/// </summary>
/// <remarks>
/// Delivery is at least once: the same event may arrive again after a crash or a retry, so whatever
/// a handler does must be harmless to repeat (deduplicate by <see cref="CrmEvent.EventId"/>).
/// </remarks>
public sealed partial class ServiceRequestLog(ILogger<ServiceRequestLog> logger) : ICrmEventHandler<InquiryLogged>
{
    public Task HandleAsync(InquiryLogged crmEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(crmEvent);
        if (crmEvent.Inquiry.Category == PluginInquiryCategories.ServiceRequest)
        {
            LogServiceRequest(crmEvent.Inquiry.Number, crmEvent.Inquiry.AccountKey, crmEvent.EventId);
        }

        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Service request {Number} logged for account {AccountKey} (event {EventId})")]
    private partial void LogServiceRequest(string number, string accountKey, Guid eventId);
}
