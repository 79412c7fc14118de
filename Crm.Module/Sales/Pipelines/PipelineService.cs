using System.Globalization;
using Crm.Abstractions.Common;
using Crm.Abstractions.Sales;
using Crm.Module.Data;
using Crm.Module.Sales.Opportunities;
using Dapper;

namespace Crm.Module.Sales.Pipelines;

/// <summary>Pipelines and lost reasons as configured, and the board as the signed-in sales user sees it.</summary>
internal sealed class PipelineService(CrmDatabase database, PipelineCatalog catalog, PipelineBoardSql sql, SalesAccess access) : IPipelineService
{
    public const int MaxCards = 100;

    public IReadOnlyList<Pipeline> Pipelines => catalog.All;

    public IReadOnlyList<LostReason> LostReasons => catalog.LostReasons;

    public async Task<PipelineBoard> GetBoardAsync(string pipelineCode, int cardsPerStage, CancellationToken cancellationToken = default)
    {
        access.DemandSalesUser(Messages.ActionReadThePipelineBoard);
        if (cardsPerStage is < 0 or > MaxCards)
        {
            throw new CrmValidationException("cards", string.Format(CultureInfo.CurrentCulture, Messages.WholeNumberRange, 0, MaxCards));
        }

        var pipeline = catalog.Find(pipelineCode) ?? throw new CrmNotFoundException("pipeline", pipelineCode);
        var owners = access.VisibleOwners;
        var parameters = new DynamicParameters(new { pipeline = pipeline.Code, skip = 0, take = cardsPerStage });
        for (var i = 0; i < pipeline.Stages.Count; i++)
        {
            parameters.Add(PipelineBoardSql.StageParameter(i), pipeline.Stages[i].Code);
        }
        if (owners is not null)
        {
            parameters.Add("owners", owners.ToArray());
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(sql.For(owners is not null, pipeline.Stages.Count), parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var figures = (await results.ReadAsync<BoardFigureRow>().ConfigureAwait(false)).ToLookup(f => f.Stage, StringComparer.Ordinal);
        var cards = pipeline.Stages.Count == 0
            ? Array.Empty<OpportunityRow>().ToLookup(r => r.Stage, StringComparer.Ordinal)
            : (await results.ReadAsync<OpportunityRow>().ConfigureAwait(false)).ToLookup(r => r.Stage, StringComparer.Ordinal);
        return new PipelineBoard(pipeline, [.. pipeline.Stages.Select(stage => new BoardColumn(
            stage,
            figures[stage.Code].Sum(f => f.Count),
            [.. figures[stage.Code].Select(f => new CurrencyTotal(f.Currency, f.Count, f.Amount, f.Weighted))],
            [.. cards[stage.Code].Select(r => r.ToOpportunity())]))]);
    }
}
