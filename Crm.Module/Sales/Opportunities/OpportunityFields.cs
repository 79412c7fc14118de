using System.Globalization;
using Crm.Module.Sales.Pipelines;
using Crm.Module.Validation;

namespace Crm.Module.Sales.Opportunities;

/// <summary>The field rules shared by create and update, reported through <see cref="FieldErrors"/>.</summary>
internal static class OpportunityFields
{
    // decimal(19,4): 15 digits before the point.
    private const decimal MaxAmount = 999_999_999_999_999m;

    public static decimal? Amount(FieldErrors errors, decimal? amount)
    {
        if (amount is { } value && (value < 0 || value > MaxAmount || decimal.Round(value, 4) != value))
        {
            errors.Add("amount", Messages.OpportunityAmount);
        }

        return amount;
    }

    public static string? Currency(FieldErrors errors, string? currency)
    {
        var text = currency?.Trim();
        if (text is not null && !PipelineSettings.IsCurrency(text))
        {
            errors.Add("currency", Messages.CurrencyCodeCapitals);
        }

        return text;
    }

    public static int? Probability(FieldErrors errors, int? probability)
    {
        if (probability is < 0 or > 100)
        {
            errors.Add("probability", string.Format(CultureInfo.CurrentCulture, Messages.WholeNumberRange, 0, 100));
        }

        return probability;
    }

    /// <summary>A lost reason from the configured list and an optional note; throws naming <c>reason</c> or <c>note</c>.</summary>
    public static (string Reason, string? Note) Loss(PipelineCatalog catalog, string reason, string? note)
    {
        var errors = new FieldErrors();
        var code = errors.Text("reason", reason, 50, required: true);
        if (code is not null && catalog.FindReason(code) is null)
        {
            errors.Add("reason", string.Format(CultureInfo.CurrentCulture, Messages.OneOf, string.Join(", ", catalog.LostReasons.Select(r => r.Code))));
        }

        var cleanNote = errors.Text("note", note, 4000, multiLine: true);
        errors.ThrowIfAny();
        return (code!, cleanNote);
    }

    public static DateOnly? CloseDate(FieldErrors errors, DateOnly? date)
    {
        if (date is { Year: < 2000 })
        {
            errors.Add("expectedCloseDate", Messages.DateFrom2000);
        }

        return date;
    }
}
