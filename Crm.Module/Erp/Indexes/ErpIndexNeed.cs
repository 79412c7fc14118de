namespace Crm.Module.Erp.Indexes;

/// <summary>How an index is built.</summary>
internal enum ErpIndexMethod
{
    /// <summary>An ordinary B-tree: equality, ranges and ORDER BY on its leading columns.</summary>
    BTree,

    /// <summary>PostgreSQL's GIN index with <c>gin_trgm_ops</c> (extension pg_trgm): serves <c>ILIKE '%…%'</c>.</summary>
    Trigram,
}

/// <summary>
/// One index the add-on's queries want on an ERP table. Table and columns come from the ERP
/// mapping (configuration), never from a request; <see cref="Name"/> is built from them and holds
/// only <c>a-z</c>, <c>0-9</c> and <c>_</c>.
/// </summary>
internal sealed record ErpIndexNeed(string Name, string Table, IReadOnlyList<string> Columns, ErpIndexMethod Method, string Why);
