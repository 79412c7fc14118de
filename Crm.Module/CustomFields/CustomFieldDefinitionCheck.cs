using System.Globalization;
using System.Text.RegularExpressions;
using Crm.Abstractions.CustomFields;

namespace Crm.Module.CustomFields;

/// <summary>
/// What makes a definition usable: a well-formed code, settings that fit its type, a pattern that
/// compiles, choices for a choice field. Messages are English: they go to the log for the plugin's author.
/// </summary>
internal static partial class CustomFieldDefinitionCheck
{
    public const int MaxCodeLength = 60;

    /// <summary>The stored value columns bound a number: decimal(19,6).</summary>
    public const int MaxDecimals = 6;

    public const int MaxTextLength = 4000;

    /// <returns>The field ready for use, or null with <paramref name="error"/> saying what is wrong.</returns>
    public static DefinedField? Check(CustomField field, string? pluginId, out string? error)
    {
        error = Problem(field);
        if (error is not null)
        {
            return null;
        }

        // \A…\z: the docs promise the whole value must match, whether or not the author anchored it.
        var pattern = field.Pattern is null ? null : new Regex(@"\A(?:" + field.Pattern + @")\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return new DefinedField(field, pattern, pluginId);
    }

    public static bool IsCode(string? code) => code is { Length: > 0 and <= MaxCodeLength } && CodeFormat().IsMatch(code);

    private static string? Problem(CustomField field)
    {
        if (field is null)
        {
            return "A field is null.";
        }

        if (!Enum.IsDefined(field.Entity) || !Enum.IsDefined(field.Type))
        {
            return $"Field '{field.Code}' has an unknown entity or type.";
        }

        if (!IsCode(field.Code))
        {
            return $"Field code '{field.Code}' must be a prefix, a dot and a name in lower-case letters, digits and dashes (at most {MaxCodeLength} characters), e.g. auto.first-registration.";
        }

        if (string.IsNullOrWhiteSpace(field.Name))
        {
            return $"Field '{field.Code}' has no name.";
        }

        var notText = field.Type != CustomFieldType.Text && (field.MaxLength is not null || field.Pattern is not null || field.PatternHint is not null);
        var notNumber = field.Type != CustomFieldType.Number && (field.Minimum is not null || field.Maximum is not null || field.Decimals is not null);
        var notChoice = field.Type != CustomFieldType.Choice && field.Choices is not null;
        if (notText || notNumber || notChoice)
        {
            return $"Field '{field.Code}' is {field.Type} but has settings of another type.";
        }

        return field.Type switch
        {
            CustomFieldType.Text => TextProblem(field),
            CustomFieldType.Number => NumberProblem(field),
            CustomFieldType.Choice => ChoiceProblem(field),
            _ => null,
        };
    }

    private static string? TextProblem(CustomField field)
    {
        if (field.MaxLength is < 1 or > MaxTextLength)
        {
            return $"Field '{field.Code}': MaxLength must be from 1 to {MaxTextLength}.";
        }

        if (field.Pattern is not null)
        {
            try
            {
                _ = new Regex(field.Pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException e)
            {
                return $"Field '{field.Code}': Pattern does not compile ({e.Message}).";
            }
        }

        return null;
    }

    private static string? NumberProblem(CustomField field)
    {
        if (field.Decimals is < 0 or > MaxDecimals)
        {
            return $"Field '{field.Code}': Decimals must be from 0 to {MaxDecimals}.";
        }

        if (field.Minimum > field.Maximum)
        {
            return string.Create(CultureInfo.InvariantCulture, $"Field '{field.Code}': Minimum {field.Minimum} is above Maximum {field.Maximum}.");
        }

        return CustomFieldNumbers.InRange(field.Minimum) && CustomFieldNumbers.InRange(field.Maximum)
            ? null
            : $"Field '{field.Code}': Minimum and Maximum must be below {CustomFieldNumbers.Limit} in size.";
    }

    private static string? ChoiceProblem(CustomField field)
    {
        if (field.Choices is not { Count: > 0 } choices)
        {
            return $"Field '{field.Code}' is a choice without choices.";
        }

        if (choices.Any(c => c is null || !ChoiceFormat().IsMatch(c.Code ?? string.Empty) || c.Code!.Length > 100 || string.IsNullOrWhiteSpace(c.Name)))
        {
            return $"Field '{field.Code}' has a choice without a name or with a code that is not letters, digits, dots and dashes (at most 100).";
        }

        return choices.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count() == choices.Count
            ? null
            : $"Field '{field.Code}' lists a choice code twice.";
    }

    [GeneratedRegex(@"\A[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+\z", RegexOptions.CultureInvariant)]
    private static partial Regex CodeFormat();

    [GeneratedRegex(@"\A[A-Za-z0-9.\-]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex ChoiceFormat();
}
