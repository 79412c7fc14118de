namespace Crm.Module.Erp.Indexes;

/// <summary>The indexes the add-on wants on the ERP's tables and whether the database has them.</summary>
/// <param name="Engine">The database engine the statements are written for.</param>
/// <param name="TrigramExtension">PostgreSQL only: <c>installed</c>, <c>available</c> (CREATE EXTENSION pg_trgm would work for a database owner) or <c>unavailable</c> (the server lacks the contrib package).</param>
/// <param name="Indexes">One entry per wanted index.</param>
internal sealed record ErpIndexReport(string Engine, string? TrigramExtension, IReadOnlyList<ErpIndexState> Indexes);

/// <param name="Status"><c>present</c> (an index with these leading columns exists, under any name), <c>missing</c>, or <c>unavailable</c> (a trigram index without pg_trgm on the server).</param>
/// <param name="Statement">The CREATE INDEX statement the POST runs, for an administrator who prefers to run it by hand.</param>
internal sealed record ErpIndexState(string Name, string Table, IReadOnlyList<string> Columns, string Method, string Why, string Status, string Statement);

/// <summary>What a POST created, what failed (with the database's message), and the state afterwards.</summary>
internal sealed record ErpIndexCreation(IReadOnlyList<string> Created, IReadOnlyList<ErpIndexFailure> Failed, ErpIndexReport After);

internal sealed record ErpIndexFailure(string Name, string Message);
