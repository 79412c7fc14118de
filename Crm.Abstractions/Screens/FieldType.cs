using System.Text.Json.Serialization;

namespace Crm.Abstractions.Screens;

/// <summary>What a <see cref="ScreenField"/> holds, which tells the host how to show and edit it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FieldType>))]
public enum FieldType
{
    /// <summary>Free text.</summary>
    Text,

    /// <summary>A number shown in the user's culture.</summary>
    Number,

    /// <summary>An amount; the currency is at the sibling path <c>currency</c> of the same object.</summary>
    Money,

    /// <summary>A calendar date (<c>yyyy-MM-dd</c> in the data).</summary>
    Date,

    /// <summary>An instant with offset (ISO 8601 in the data), shown in the user's time zone.</summary>
    DateTime,

    /// <summary>One value of a fixed list, read from <see cref="ScreenField.OptionsRoute"/>.</summary>
    Choice,

    /// <summary>A key of another record (an account, an order), looked up through <see cref="ScreenField.OptionsRoute"/>.</summary>
    Reference,

    /// <summary>Yes or no.</summary>
    Boolean,

    /// <summary>
    /// A file the user uploads. An action with a File input sends the file's content as its whole
    /// request body (media type: the field's first <see cref="ScreenField.Choices"/> entry, e.g.
    /// <c>text/csv</c>; the choices are also the types the picker accepts) and its other inputs as
    /// query parameters (<c>?dryRun=true</c>), not as JSON.
    /// </summary>
    File,
}
