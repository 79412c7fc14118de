using Crm.Abstractions.Common;

namespace Crm.Abstractions.Sales;

/// <summary>The configured pipelines, the lost reasons, and the pipeline board.</summary>
public interface IPipelineService
{
    /// <summary>Every pipeline, configured ones (or the built-in default) first, then plugins'.</summary>
    IReadOnlyList<Pipeline> Pipelines { get; }

    /// <summary>The reasons an opportunity may be lost for.</summary>
    IReadOnlyList<LostReason> LostReasons { get; }

    /// <summary>
    /// The board of a pipeline as the signed-in sales user sees it (own, team's or all opportunities),
    /// computed in one round trip to the database.
    /// </summary>
    /// <param name="pipelineCode">The pipeline.</param>
    /// <param name="cardsPerStage">How many cards each column carries, 0 to 100.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <exception cref="CrmNotFoundException">No pipeline has that code.</exception>
    /// <exception cref="CrmValidationException"><paramref name="cardsPerStage"/> is out of range (field <c>cards</c>).</exception>
    /// <exception cref="CrmPermissionException">The user does not work sales records.</exception>
    Task<PipelineBoard> GetBoardAsync(string pipelineCode, int cardsPerStage, CancellationToken cancellationToken = default);
}
