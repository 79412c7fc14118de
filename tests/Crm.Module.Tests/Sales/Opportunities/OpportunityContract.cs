using Autofac;
using Crm.Abstractions.Common;
using Crm.Abstractions.Erp;
using Crm.Abstractions.Sales;
using Crm.Abstractions.Security;
using Crm.Module.CustomFields;
using Crm.Module.Data;
using Crm.Module.Sales.Opportunities;
using Dapper;

namespace Crm.Module.Tests.Sales.Opportunities;

/// <summary>Opportunities on a real database: creation, stage history, close dates, win and loss, concurrency, permissions, the ownership warning.</summary>
public abstract class OpportunityContract : OpportunityTestBase
{
    [TestMethod]
    public async Task A_new_opportunity_takes_the_defaults_of_its_pipeline_and_first_stage()
    {
        var created = await Opportunities.CreateAsync(new CreateOpportunity("Packaging line", 12500.75m, new DateOnly(2027, 1, 31), "C10001"));
        var opportunity = created.Opportunity;

        Assert.AreEqual(("new-business", "lead", 10, "EUR", "rep", OpportunityStatus.Open, 1), (opportunity.PipelineCode, opportunity.StageCode, opportunity.Probability, opportunity.Currency, opportunity.Owner, opportunity.Status, opportunity.Version));
        Assert.AreEqual("OPP-2026-000001", opportunity.Number);
        Assert.AreEqual(12500.75m, opportunity.Amount);
        Assert.IsEmpty(created.Warnings);
        Assert.AreEqual(opportunity, await Opportunities.GetAsync(opportunity.Id));

        var service = await CreateAsync("Maintenance", 900m, pipeline: "service");
        Assert.AreEqual(("quote", 30, "USD", "OPP-2026-000002"), (service.StageCode, service.Probability, service.Currency, service.Number));

        var prospectId = await InsertProspectAsync("Hanbit Logistics 주식회사");
        var prospect = (await Opportunities.CreateAsync(new CreateOpportunity("Prospect deal", 100m, new DateOnly(2027, 2, 1), ProspectId: prospectId, StageCode: "proposal", Probability: 55))).Opportunity;
        Assert.AreEqual((null, (long?)prospectId, "proposal", 55), (prospect.AccountKey, prospect.ProspectId, prospect.StageCode, prospect.Probability));
        var unknown = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Opportunities.CreateAsync(new CreateOpportunity("Ghost deal", 100m, new DateOnly(2027, 2, 1), ProspectId: prospectId + 1000)));
        Assert.IsTrue(unknown.Errors.ContainsKey("prospectId"));

        await using var connection = await Run.Database.OpenConnectionAsync();
        Assert.AreEqual(3, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_opportunity_stages WHERE left_at IS NULL"));
        Assert.AreEqual(3, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_outbox WHERE event_type = 'Crm.Abstractions.Sales.OpportunityOpened'"));
    }

    [TestMethod]
    public async Task The_writer_inserts_inside_the_callers_transaction_and_rolls_back_with_it()
    {
        using var scope = Run.AddOn.Container.BeginLifetimeScope();
        var writer = scope.Resolve<OpportunityWriter>();
        await using var connection = await scope.Resolve<CrmDatabase>().OpenAsync(CancellationToken.None);
        var values = await writer.PrepareAsync(connection, new CreateOpportunity("From a lead", 900m, new DateOnly(2027, 1, 1), "C10004", LeadId: 17), CancellationToken.None);

        await using (var abandoned = await connection.BeginTransactionAsync())
        {
            await writer.InsertAsync(connection, abandoned, values, CustomFieldCreation.NoValues, CancellationToken.None);
            await abandoned.RollbackAsync();
        }

        Assert.AreEqual(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_opportunities"));
        Assert.AreEqual(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_opportunity_stages"));
        Assert.AreEqual(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_outbox"));

        await using var transaction = await connection.BeginTransactionAsync();
        var created = await writer.InsertAsync(connection, transaction, values, CustomFieldCreation.NoValues, CancellationToken.None);
        await transaction.CommitAsync();
        Assert.AreEqual(("OPP-2026-000001", 17L, "C10004"), (created.Opportunity.Number, created.Opportunity.LeadId, created.Opportunity.AccountKey), "the rolled-back number is given back");
        Assert.AreEqual(created.Opportunity, await Opportunities.GetAsync(created.Opportunity.Id));
    }

    [TestMethod]
    public async Task Bad_input_names_every_field_and_writes_nothing()
    {
        var e = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Opportunities.CreateAsync(new CreateOpportunity(
            " ", -1m, new DateOnly(1999, 1, 1), null, PipelineCode: "nope", Currency: "eur", Probability: 101, Reference: new string('r', 101))));
        CollectionAssert.IsSubsetOf(new[] { "name", "amount", "expectedCloseDate", "accountKey", "pipeline", "currency", "probability", "reference" }, e.Errors.Keys.ToList());

        var stage = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Opportunities.CreateAsync(new CreateOpportunity("X", 1m, new DateOnly(2027, 1, 1), "C10001", StageCode: "won")));
        Assert.IsTrue(stage.Errors.ContainsKey("stage"), "won is an outcome, not a stage");
        await Assert.ThrowsExactlyAsync<CrmNotFoundException>(() => Opportunities.CreateAsync(new CreateOpportunity("X", 1m, new DateOnly(2027, 1, 1), "NO-SUCH")));
        var precise = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Opportunities.CreateAsync(new CreateOpportunity("X", 1.00001m, new DateOnly(2027, 1, 1), "C10001")));
        Assert.IsTrue(precise.Errors.ContainsKey("amount"));

        await using var connection = await Run.Database.OpenConnectionAsync();
        Assert.AreEqual(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_opportunities"));
    }

    [TestMethod]
    public async Task Stage_moves_close_one_history_row_and_open_the_next_with_the_stages_probability()
    {
        var opportunity = await CreateAsync("Conveyor", 5000m);
        Clock.Advance(TimeSpan.FromDays(3));
        var proposal = await Opportunities.MoveStageAsync(opportunity.Id, "proposal", opportunity.Version);
        Assert.AreEqual(("proposal", 40, 2), (proposal.StageCode, proposal.Probability, proposal.Version));

        Clock.Advance(TimeSpan.FromDays(4));
        var negotiation = await Opportunities.MoveStageAsync(opportunity.Id, "negotiation", proposal.Version, probability: 85);
        Assert.AreEqual(("negotiation", 85), (negotiation.StageCode, negotiation.Probability));
        var back = await Opportunities.MoveStageAsync(opportunity.Id, "proposal", negotiation.Version);
        Assert.AreEqual(40, back.Probability, "the stage's default again after a move");

        var unknown = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Opportunities.MoveStageAsync(opportunity.Id, "quote", back.Version));
        Assert.IsTrue(unknown.Errors.ContainsKey("stage"), "quote is another pipeline's stage");
        await Assert.ThrowsExactlyAsync<CrmConflictException>(() => Opportunities.MoveStageAsync(opportunity.Id, "lead", proposal.Version));

        Clock.Advance(TimeSpan.FromDays(1));
        var won = await Opportunities.WinAsync(opportunity.Id, back.Version);
        Assert.AreEqual((OpportunityStatus.Won, 100, Now.AddDays(8)), (won.Status, won.Probability, won.ClosedAt));

        var history = await Opportunities.GetHistoryAsync(opportunity.Id);
        CollectionAssert.AreEqual(new[] { "lead", "proposal", "negotiation", "proposal" }, history.Stages.Select(s => s.StageCode).ToList());
        CollectionAssert.AreEqual(new[] { 10, 40, 85, 40 }, history.Stages.Select(s => s.Probability).ToList());
        Assert.AreEqual(Now, history.Stages[0].EnteredAt);
        Assert.AreEqual(Now.AddDays(3), history.Stages[0].LeftAt);
        Assert.AreEqual(Now.AddDays(8), history.Stages[^1].LeftAt, "winning closes the last stage visit");

        await using var connection = await Run.Database.OpenConnectionAsync();
        var days = (await connection.QueryAsync<(string Stage, object Entered, object Left)>(
            "SELECT stage, entered_at, left_at FROM crm_opportunity_stages WHERE opportunity_id = @id ORDER BY id", new { id = opportunity.Id })).ToList();
        Assert.HasCount(4, days);
        Assert.IsTrue(days.All(d => d.Left is not null and not DBNull), "no open stage visit after the win");
        var moved = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Opportunities.MoveStageAsync(opportunity.Id, "lead", won.Version));
        Assert.IsTrue(moved.Errors.ContainsKey("status"));
        var events = (await connection.QueryAsync<string>("SELECT event_type FROM crm_outbox ORDER BY id")).ToList();
        CollectionAssert.AreEqual(
            new[] { "Sales.OpportunityOpened", "Accounts.AccountOwnerChanged", "Sales.OpportunityStageChanged", "Sales.OpportunityStageChanged", "Sales.OpportunityStageChanged", "Sales.OpportunityWon" }.Select(n => "Crm.Abstractions." + n).ToList(),
            events);
    }

    [TestMethod]
    public async Task Close_date_changes_are_recorded_and_an_update_is_checked_against_the_version_read()
    {
        var opportunity = await CreateAsync("Robot cell", 80000m);
        var first = opportunity.ExpectedCloseDate;
        Clock.Advance(TimeSpan.FromDays(1));
        var slipped = await Opportunities.UpdateAsync(opportunity.Id, new UpdateOpportunity(opportunity.Version, ExpectedCloseDate: first.AddDays(30), Amount: 82000.5m));
        Assert.AreEqual((first.AddDays(30), 82000.5m, 2), (slipped.ExpectedCloseDate, slipped.Amount, slipped.Version));

        await Assert.ThrowsExactlyAsync<CrmConflictException>(() => Opportunities.UpdateAsync(opportunity.Id, new UpdateOpportunity(opportunity.Version, Name: "Stale")));
        var unchanged = await Opportunities.UpdateAsync(opportunity.Id, new UpdateOpportunity(slipped.Version, ExpectedCloseDate: first.AddDays(30), Probability: slipped.Probability));
        Assert.AreEqual(slipped.Version, unchanged.Version, "nothing changed, nothing written");
        var again = await Opportunities.UpdateAsync(opportunity.Id, new UpdateOpportunity(slipped.Version, ExpectedCloseDate: first.AddDays(45), Probability: 25));
        Assert.AreEqual((25, "lead"), (again.Probability, again.StageCode));

        var history = await Opportunities.GetHistoryAsync(opportunity.Id);
        CollectionAssert.AreEqual(new[] { (first, first.AddDays(30)), (first.AddDays(30), first.AddDays(45)) }, history.CloseDates.Select(c => (c.OldDate, c.NewDate)).ToList());
        Assert.AreEqual((Now.AddDays(1), "rep"), (history.CloseDates[0].ChangedAt, history.CloseDates[0].By));

        await using var connection = await Run.Database.OpenConnectionAsync();
        Assert.AreEqual(2, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_outbox WHERE event_type = 'Crm.Abstractions.Sales.OpportunityUpdated'"));
        Assert.AreEqual("Robot cell", await connection.ExecuteScalarAsync<string>("SELECT name FROM crm_opportunities WHERE id = @id", new { id = opportunity.Id }));
    }

    [TestMethod]
    public async Task Losing_needs_a_configured_reason_and_ends_the_opportunity()
    {
        var opportunity = await CreateAsync("Spare parts", 700m);
        var missing = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Opportunities.LoseAsync(opportunity.Id, " ", null, opportunity.Version));
        Assert.IsTrue(missing.Errors.ContainsKey("reason"));
        var unknown = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Opportunities.LoseAsync(opportunity.Id, "weather", null, opportunity.Version));
        StringAssert.Contains(unknown.Errors["reason"][0], "no-budget");
        CollectionAssert.AreEqual(new[] { "price", "competitor", "no-budget", "no-decision", "timing", "product-fit", "other" }, Pipelines.LostReasons.Select(r => r.Code).ToList());

        var lost = await Opportunities.LoseAsync(opportunity.Id, "competitor", "Went with the cheaper offer.", opportunity.Version);
        Assert.AreEqual((OpportunityStatus.Lost, 0, "competitor", "Went with the cheaper offer.", Now), (lost.Status, lost.Probability, lost.LostReason, lost.LostNote, lost.ClosedAt));
        var twice = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Opportunities.LoseAsync(opportunity.Id, "price", null, lost.Version));
        Assert.IsTrue(twice.Errors.ContainsKey("status"));

        Clock.Advance(TimeSpan.FromDays(2));
        var reopened = await Opportunities.ReopenAsync(opportunity.Id, lost.Version, "proposal");
        Assert.AreEqual((OpportunityStatus.Open, "proposal", 40, null, null, null), (reopened.Status, reopened.StageCode, reopened.Probability, reopened.LostReason, reopened.LostNote, reopened.ClosedAt));
        var open = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Opportunities.ReopenAsync(opportunity.Id, reopened.Version));
        Assert.IsTrue(open.Errors.ContainsKey("status"));
        var visits = (await Opportunities.GetHistoryAsync(opportunity.Id)).Stages;
        Assert.AreEqual(("proposal", Now.AddDays(2), (DateTimeOffset?)null), (visits[^1].StageCode, visits[^1].EnteredAt, visits[^1].LeftAt));
        Assert.AreEqual(Now, visits[0].LeftAt, "the visit closed by the loss stays closed");
    }

    [TestMethod]
    public async Task A_bulk_loss_is_all_or_nothing_and_reports_each_id()
    {
        var a = await CreateAsync("A", 100m);
        var b = await CreateAsync("B", 200m);
        var c = await CreateAsync("C", 300m);
        var changed = await Opportunities.UpdateAsync(b.Id, new UpdateOpportunity(b.Version, Amount: 250m));

        var refused = await Opportunities.LoseManyAsync([new(a.Id, a.Version), new(b.Id, b.Version), new(c.Id), new(999_999)], "price", null);
        Assert.IsFalse(refused.Applied);
        CollectionAssert.AreEqual(new[] { a.Id, b.Id, c.Id, 999_999L }, refused.Items.Select(i => i.Id).ToList());
        Assert.IsNull(refused.Items[0].Problem);
        StringAssert.Contains(refused.Items[1].Problem, "version");
        Assert.IsNull(refused.Items[2].Problem);
        Assert.IsNotNull(refused.Items[3].Problem);
        await using var connection = await Run.Database.OpenConnectionAsync();
        Assert.AreEqual(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_opportunities WHERE status <> 'Open'"));

        var reason = await Assert.ThrowsExactlyAsync<CrmValidationException>(() => Opportunities.LoseManyAsync([new(a.Id)], "weather", null));
        Assert.IsTrue(reason.Errors.ContainsKey("reason"));

        var done = await Opportunities.LoseManyAsync([new(a.Id, a.Version), new(b.Id, changed.Version), new(c.Id)], "no-budget", "Budget frozen.");
        Assert.IsTrue(done.Applied);
        CollectionAssert.AreEqual(new int?[] { 2, 3, 2 }, done.Items.Select(i => i.Version).ToList());
        Assert.AreEqual(3, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_opportunities WHERE status = 'Lost' AND lost_reason = 'no-budget' AND probability = 0"));
        Assert.AreEqual(3, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_outbox WHERE event_type = 'Crm.Abstractions.Sales.OpportunityLost'"));
        Assert.AreEqual(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_opportunity_stages WHERE left_at IS NULL"));
    }

    [TestMethod]
    public async Task Reps_work_their_own_managers_their_teams_and_admins_all()
    {
        var mine = await CreateAsync("Rep's", 100m);
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => CreateAsync("For rep2", 100m, owner: "rep2"));

        SignIn("rep2", CrmRoles.SalesRep);
        var theirs = await CreateAsync("Rep2's", 200m);
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Opportunities.GetAsync(mine.Id));
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Opportunities.LoseAsync(mine.Id, "price", null, mine.Version));
        var bulk = await Opportunities.LoseManyAsync([new(mine.Id), new(theirs.Id)], "price", null);
        Assert.IsFalse(bulk.Applied, "someone else's opportunity cannot be lost in bulk either");

        SignIn("rep3", CrmRoles.SalesRep);
        var south = await CreateAsync("Rep3's", 300m);

        SignIn("manager", CrmRoles.SalesManager);
        var forRep2 = await CreateAsync("Manager's for rep2", 400m, owner: "rep2");
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => CreateAsync("For the other team", 1m, owner: "rep3"));
        var team = await Opportunities.ListAsync(new OpportunityQuery(PageRequest.First));
        CollectionAssert.AreEquivalent(new[] { mine.Id, theirs.Id, forRep2.Id }, team.Items.Select(o => o.Id).ToList());
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Opportunities.GetAsync(south.Id));
        var handedOver = await Opportunities.UpdateAsync(mine.Id, new UpdateOpportunity(mine.Version, Owner: "rep2"));
        Assert.AreEqual("rep2", handedOver.Owner);
        await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Opportunities.UpdateAsync(mine.Id, new UpdateOpportunity(handedOver.Version, Owner: "rep3")));

        SignIn("rep", CrmRoles.SalesRep);
        Assert.AreEqual(0, (await Opportunities.ListAsync(new OpportunityQuery(PageRequest.First))).TotalCount, "rep gave it away");

        SignIn("root", CrmRoles.Admin);
        var all = await Opportunities.ListAsync(new OpportunityQuery(new PageRequest(1, 2)));
        await using var connection = await Run.Database.OpenConnectionAsync();
        Assert.AreEqual(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM crm_opportunities"), all.TotalCount);
        Assert.HasCount(2, all.Items);
        var filtered = await Opportunities.ListAsync(new OpportunityQuery(PageRequest.First, Owner: "rep2", AccountKey: "C10001", Status: OpportunityStatus.Open, PipelineCode: "new-business", StageCode: "lead"));
        CollectionAssert.AreEquivalent(new[] { mine.Id, theirs.Id, forRep2.Id }, filtered.Items.Select(o => o.Id).ToList());

        foreach (var role in new[] { CrmRoles.Finance, CrmRoles.OrderClerk })
        {
            SignIn("other", role);
            await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Opportunities.ListAsync(new OpportunityQuery(PageRequest.First)));
            await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Opportunities.GetAsync(south.Id));
            await Assert.ThrowsExactlyAsync<CrmPermissionException>(() => Pipelines.GetBoardAsync("new-business", 5));
        }
    }

    [TestMethod]
    public async Task Opening_on_an_account_where_another_owner_has_an_open_opportunity_warns_but_creates()
    {
        var first = await CreateAsync("Rep's line", 1000m, accountKey: "C10002");
        var closed = await CreateAsync("Rep's old deal", 10m, accountKey: "C10002");
        await Opportunities.LoseAsync(closed.Id, "timing", null, closed.Version);
        var own = await Opportunities.CreateAsync(new CreateOpportunity("Rep's second", 500m, new DateOnly(2027, 1, 1), "C10002"));
        Assert.IsEmpty(own.Warnings, "one's own opportunities do not warn");

        SignIn("rep2", CrmRoles.SalesRep);
        var second = await Opportunities.CreateAsync(new CreateOpportunity("Rep2's line", 2000m, new DateOnly(2027, 1, 1), "C10002"));
        Assert.AreEqual(OpportunityStatus.Open, second.Opportunity.Status);
        CollectionAssert.AreEqual(
            new[] { (first.Id, first.Number, "rep", "lead"), (own.Opportunity.Id, own.Opportunity.Number, "rep", "lead") },
            second.Warnings.Select(w => (w.OpportunityId, w.Number, w.Owner, w.StageCode)).ToList());
        Assert.AreEqual("Rep's line", second.Warnings[0].Name);

        var elsewhere = await Opportunities.CreateAsync(new CreateOpportunity("Other account", 1m, new DateOnly(2027, 1, 1), "C10003"));
        Assert.IsEmpty(elsewhere.Warnings);
    }
}

[TestClass]
public sealed class SqliteOpportunityTests : OpportunityContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

[TestClass]
public sealed class PostgresOpportunityTests : OpportunityContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.PostgreSql;
}

[TestClass]
public sealed class SqlServerOpportunityTests : OpportunityContract
{
    protected override DatabaseEngine Engine => DatabaseEngine.SqlServer;
}
