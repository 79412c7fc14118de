namespace Crm.Scale.Loading;

/// <summary>Writes generated rows into one database as fast as its engine allows.</summary>
internal interface IBulkLoader : IAsyncDisposable
{
    /// <summary>Prepares the connection for a large load (engine settings that are restored by <see cref="FinishAsync"/>).</summary>
    Task StartAsync(CancellationToken cancellationToken);

    /// <summary>Writes every row of <paramref name="load"/>, reporting each row written to <paramref name="written"/>; returns the count.</summary>
    Task<long> LoadAsync(TableLoad load, Action<long> written, CancellationToken cancellationToken);

    /// <summary>Restores the engine settings, moves identity sequences past the generated ids and updates the planner's statistics.</summary>
    Task FinishAsync(IReadOnlyList<TableShape> tables, CancellationToken cancellationToken);
}
