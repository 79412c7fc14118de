using Crm.Abstractions.Extensibility;
using Crm.Testing.Databases;
using ErpCrm.Automotive.Register;
using ErpCrm.Automotive.Sales;
using ErpCrm.Automotive.Tests.Infrastructure;

namespace ErpCrm.Automotive.Tests.Register;

/// <summary>The nightly job that copies the ERP's vehicle sales into the register (SQLite file).</summary>
[TestClass]
public sealed class VehicleRegisterJobTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 3, 15, 0, TimeSpan.Zero);

    [TestMethod]
    public async Task Vehicle_lines_naming_a_VIN_enter_the_register_under_their_latest_buyer()
    {
        await using var database = SqliteTestDatabase.Create();
        PluginMigrations.MigrateUp(database);
        var sales = new ListedErpSales(
            ListedErpSales.Vehicle("O-1", new DateOnly(2026, 1, 10), "C100", "rep", "Audi A4 Avant, VIN WAUZZZF40NA000001"),
            ListedErpSales.Vehicle("O-2", new DateOnly(2026, 3, 1), "C100", "rep", "BMW 320d Touring (no VIN yet)", product: "VEH-BMW3"),
            ListedErpSales.Vehicle("O-3", new DateOnly(2026, 9, 2), "C200", "rep2", "Audi A4 Avant used, VIN: WAUZZZF40NA000001"));
        var register = new VehicleRegister(database);

        await new VehicleRegisterJob(new VehicleSales(sales), register).ExecuteAsync(new CrmJobContext(Now, new Dictionary<string, string>()), CancellationToken.None);

        Assert.AreEqual(
            new RegisteredVehicle("WAUZZZF40NA000001", "C200", "Audi A4 Avant used", null, null, new DateOnly(2026, 9, 2), "O-3", null, RegisteredVehicle.FromErpOrder),
            await register.FindAsync("WAUZZZF40NA000001", CancellationToken.None));
        var query = sales.Queries.Single();
        Assert.AreEqual(new DateOnly(2025, 10, 20), query.OrderedFrom, "400 days back by default");
    }

    [TestMethod]
    public async Task Its_code_and_schedule_are_the_documented_ones()
    {
        await using var database = SqliteTestDatabase.Create();
        var job = new VehicleRegisterJob(new VehicleSales(new ListedErpSales()), new VehicleRegister(database));

        Assert.AreEqual("auto.vehicle-register", job.Code);
        Assert.AreEqual("0 15 3 * * ?", job.DefaultSchedule);
    }
}
