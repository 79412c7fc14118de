using FluentMigrator;

namespace Crm.Module.Data.Migrations;

/// <summary>
/// The board's cards: each stage reads its first cards in (expected close date, id) order from this
/// index and stops (PipelineBoardSql). It replaces ix_crm_opportunities_board (pipeline, status,
/// stage), its prefix, which also still serves the board's figures through this one.
/// </summary>
[Migration(2026_11_25_0901, "crm_opportunities: index for the board's cards per stage")]
[Tags(CrmVersionTable.Tag)]
public sealed class AddOpportunityBoardCardsIndex : Migration
{
    public override void Up()
    {
        Create.Index("ix_crm_opportunities_board_cards").OnTable("crm_opportunities")
            .OnColumn("pipeline").Ascending()
            .OnColumn("status").Ascending()
            .OnColumn("stage").Ascending()
            .OnColumn("expected_close_date").Ascending()
            .OnColumn("id").Ascending();
        Delete.Index("ix_crm_opportunities_board").OnTable("crm_opportunities");
    }

    public override void Down()
    {
        Create.Index("ix_crm_opportunities_board").OnTable("crm_opportunities")
            .OnColumn("pipeline").Ascending()
            .OnColumn("status").Ascending()
            .OnColumn("stage").Ascending();
        Delete.Index("ix_crm_opportunities_board_cards").OnTable("crm_opportunities");
    }
}
