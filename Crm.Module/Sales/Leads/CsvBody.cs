using System.Globalization;
using System.Text;
using Crm.Abstractions.Common;
using Microsoft.AspNetCore.Http;

namespace Crm.Module.Sales.Leads;

/// <summary>
/// A <c>text/csv</c> request body as text: UTF-8 (a byte-order mark is dropped), read only up to the
/// size limit so that an oversized upload is refused without being buffered whole.
/// </summary>
internal static class CsvBody
{
    public static async Task<string> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!string.Equals(request.ContentType?.Split(';')[0].Trim(), "text/csv", StringComparison.OrdinalIgnoreCase))
        {
            throw new CrmValidationException("file", Messages.CsvContentType);
        }

        if (request.ContentLength > maxBytes)
        {
            throw new CrmValidationException("file", string.Format(CultureInfo.CurrentCulture, Messages.FileTooLarge, maxBytes / 1024 / 1024));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new CrmValidationException("file", string.Format(CultureInfo.CurrentCulture, Messages.FileTooLarge, maxBytes / 1024 / 1024));
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new CrmValidationException("file", Messages.CsvNotUtf8);
        }
    }
}
