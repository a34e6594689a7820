// name: review_list
// mode: read
// GET /review: one page of decisions, newest first, filtered by $verdict and
// $kind (null for any). Each names its subject's current name where the
// subject is still in the graph. One row: the total and the page.
MATCH (d:Decision)
WHERE ($verdict IS NULL OR d.verdict = $verdict) AND ($kind IS NULL OR d.kind = $kind)
WITH d ORDER BY d.decided_at DESC, d.subject
WITH collect(d) AS decisions
RETURN size(decisions) AS total, [d IN decisions[$offset..$offset + $limit] | {
  subject: d.subject, kind: d.kind, verdict: d.verdict, note: d.note, decided_at: d.decided_at,
  entity: CASE WHEN d.entity IS NULL THEN null ELSE
    {id: d.entity, name: COLLECT { MATCH (n:Union|Person|Enterprise|Organisation|Programme|Award|Region {id: d.entity}) RETURN n.name }[0]} END,
  source: CASE WHEN d.source IS NULL THEN null ELSE
    {id: d.source, name: COLLECT { MATCH (n:Union|Person|Enterprise|Organisation|Programme|Award|Region {id: d.source}) RETURN n.name }[0]} END,
  type: d.type,
  target: CASE WHEN d.target IS NULL THEN null ELSE
    {id: d.target, name: COLLECT { MATCH (n:Union|Person|Enterprise|Organisation|Programme|Award|Region {id: d.target}) RETURN n.name }[0]} END,
  into: CASE WHEN d.into IS NULL THEN null ELSE
    {id: d.into, name: COLLECT { MATCH (n:Union|Person|Enterprise|Organisation|Programme|Award|Region {id: d.into}) RETURN n.name }[0]} END
}] AS items
