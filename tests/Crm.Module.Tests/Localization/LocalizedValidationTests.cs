using System.Globalization;
using Autofac;
using Crm.Abstractions.Common;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Security;
using Crm.Module.Tests.Harness;
using Crm.Module.Tests.Sales.Leads;
using Crm.Module.Tests.Shapes;
using Crm.Testing;

namespace Crm.Module.Tests.Localization;

/// <summary>
/// A real service call with bad input answers in the user's language: the host sets the request's
/// culture, and the add-on's messages follow <see cref="CultureInfo.CurrentUICulture"/>. Field
/// names stay the JSON names in every language.
/// </summary>
[TestClass]
public sealed class LocalizedValidationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private AddOnOnDatabase? _run;

    private ILeadService Leads => _run!.AddOn.Container.Resolve<ILeadService>();

    [TestInitialize]
    public async Task StartAsync()
    {
        _run = await AddOnOnDatabase.StartAsync(
            DatabaseEngine.Sqlite, db => new HostSampleShape().SeedAsync(db, DateOnly.FromDateTime(Now.UtcDateTime)), LeadTestSettings.Create(), new FixedClock(Now));
        _run.AddOn.User.IsAuthenticated = true;
        _run.AddOn.User.UserName = "rep1";
        _run.AddOn.User.SetRoles(CrmRoles.SalesRep);
    }

    [TestCleanup]
    public async Task StopAsync()
    {
        if (_run is not null)
        {
            await _run.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task A_german_user_reads_german_messages()
    {
        var errors = await ErrorsOfABadLeadAsync("de-DE");

        Assert.AreEqual("Muss ein zweistelliger ISO-3166-Ländercode wie DE oder KR sein.", errors["country"].Single());
        Assert.AreEqual("Darf höchstens 4000 Zeichen lang sein.", errors["notes"].Single());
        Assert.AreEqual("Geben Sie eine Firma oder einen Ansprechpartner an.", errors["company"].Single());
    }

    [TestMethod]
    public async Task A_korean_user_reads_korean_messages()
    {
        var errors = await ErrorsOfABadLeadAsync("ko-KR");

        Assert.AreEqual("DE 또는 KR과 같은 두 글자 ISO 3166 국가 코드여야 합니다.", errors["country"].Single());
        Assert.AreEqual("최대 4000자까지 입력할 수 있습니다.", errors["notes"].Single());
        Assert.AreEqual("회사명 또는 연락 담당자를 입력하십시오.", errors["company"].Single());
    }

    [TestMethod]
    public async Task A_user_of_another_language_reads_english_messages()
    {
        var errors = await ErrorsOfABadLeadAsync("fr-FR");

        Assert.AreEqual("Must be an ISO 3166 country code of two letters, such as DE or KR.", errors["country"].Single());
        Assert.AreEqual("Must be at most 4000 characters.", errors["notes"].Single());
    }

    // Sets the culture the way the host's request localization does, and puts the test runner's back.
    private async Task<IReadOnlyDictionary<string, string[]>> ErrorsOfABadLeadAsync(string culture)
    {
        var (ui, formatting) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            var e = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Leads.CreateAsync(
                new LeadInput(null, " ", "jana@example.com", null, "XX", Notes: new string('n', 4001))));
            return e.Errors;
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, formatting);
        }
    }
}
