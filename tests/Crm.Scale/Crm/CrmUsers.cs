namespace Crm.Scale.Crm;

/// <summary>Host.Sample's demo users (appsettings.json) and the sales territories they own.</summary>
internal static class CrmUsers
{
    public const string Clerk = "clerk";
    public const string Rep = "rep";
    public const string Rep2 = "rep2";
    public const string Manager = "manager";
    public const string Finance = "finance";
    public const string Admin = "admin";

    /// <summary>The owner the assignment rules would give: DE/AT/CH to rep, KR to rep2, the rest in turn.</summary>
    public static string TerritoryOwner(string? country, int turn) => country switch
    {
        "DE" or "AT" or "CH" => Rep,
        "KR" => Rep2,
        _ => turn % 2 == 0 ? Rep : Rep2,
    };
}
