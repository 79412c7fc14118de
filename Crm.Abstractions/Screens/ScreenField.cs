namespace Crm.Abstractions.Screens;

/// <summary>One value on a screen: a column of a list, an input of a card, a line of a board card.</summary>
/// <param name="Id">Stable id, unique among the screen's sections, fields, actions, tiles and charts; extensions anchor on it.</param>
/// <param name="LabelKey">Resource key of the label, e.g. <c>screens.inquiryQueue.subject</c>; never display text.</param>
/// <param name="Type">What the value is.</param>
/// <param name="DataPath">Where the value is in the screen's (or section's) data: property names in camelCase joined by dots, e.g. <c>account.name</c>; for a list, relative to one row. A name that contains a dot goes in brackets as a JSON string, e.g. <c>values["auto.vin"]</c> (the property <c>auto.vin</c> of <c>values</c>). An action's input lands in its JSON body at the same path.</param>
/// <param name="Editable">True when the user may change it (the service still validates).</param>
/// <param name="Required">True when a value must be given before the screen's save action.</param>
/// <param name="Choices">For a <see cref="FieldType.Choice"/> of fixed values (an enumeration such as a channel): the values in order; each is shown by the resource key <c>LabelKey.value</c>. For a <see cref="FieldType.File"/>: the media types the picker accepts, the first sent as the upload's type (e.g. <c>text/csv</c>).</param>
/// <param name="OptionsRoute">For <see cref="FieldType.Choice"/> and <see cref="FieldType.Reference"/>: the add-on's API route (with query) that lists the values to pick from; <c>{field-id}</c> placeholders take other fields' values. It answers a JSON array or an object whose <c>items</c> is one.</param>
/// <param name="OptionValuePath">Path, within one option of <see cref="OptionsRoute"/>, of the value to store; <c>key</c> when null.</param>
/// <param name="OptionLabelPath">Path, within one option of <see cref="OptionsRoute"/>, of the text to show; <c>name</c> when null.</param>
/// <param name="InitialValuePath">For an action's input: the path, in the record the action belongs to, of the value it starts with, when that is not <paramref name="DataPath"/> (e.g. <c>key</c> of the host's customer for an input sent as <c>accountKey</c>).</param>
/// <param name="OpensScreenId">When set, the value links to that screen (a card) with the value as the card's <c>{key}</c>, e.g. an inquiry number to <c>crm.inquiry-card</c>.</param>
public sealed record ScreenField(
    string Id,
    string LabelKey,
    FieldType Type,
    string DataPath,
    bool Editable = false,
    bool Required = false,
    IReadOnlyList<string>? Choices = null,
    string? OptionsRoute = null,
    string? OptionValuePath = null,
    string? OptionLabelPath = null,
    string? OpensScreenId = null,
    string? InitialValuePath = null);
