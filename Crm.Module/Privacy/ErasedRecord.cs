using System.Globalization;

namespace Crm.Module.Privacy;

/// <summary>The kinds of record whose personal data is erased.</summary>
internal enum PersonalKind
{
    Lead,
    Prospect,
    Inquiry,
    Activity,
}

/// <summary>One record by kind and key as events name it (a lead's id as text, an inquiry's number).</summary>
internal readonly record struct ErasedRecord(PersonalKind Kind, string Key)
{
    public static ErasedRecord Of(PersonalKind kind, long id) => new(kind, id.ToString(CultureInfo.InvariantCulture));
}
