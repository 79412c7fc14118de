namespace Crm.Module.Accounts;

/// <summary>
/// The account search's statements. A search for part of a name or e-mail (<c>LIKE '%…%'</c>) has no
/// B-tree index to use, so the search reads the customers at most once and counts only so far:
/// </summary>
/// <param name="Scan">
/// One pass over the customers that stops after <c>@window</c> matches (the count limit + 1): the
/// page of those in name order and, in the column <c>Matches</c>, how many it found. A rare term
/// reads every customer once and has its exact count and page; a common one stops early.
/// </param>
/// <param name="OrderedPage">
/// When the scan stopped at <c>@window</c> (more matches than the limit), the kept matches are the
/// first ones met, not the first by name: the page again, walking the ERP's name index until it is
/// full. Where that index also holds the e-mail and key, the walk reads a customer's row only for a
/// match (GET /api/crm/erp/indexes).
/// </param>
/// <param name="Count">The matches counted up to <c>@window</c>, for a page past the end, which the scan cannot count.</param>
internal sealed record AccountSearchStatements(string Scan, string OrderedPage, string Count);
