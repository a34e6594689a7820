// name: api_evidence
// mode: read
// GET /evidence: one page of a relationship's evidence, newest first. The
// relationship is ($source)-[$type]->($target); PARTNERED_WITH (undirected)
// matches either way. $offset and $limit count evidence items.
// No row when there is no such relationship.
MATCH (s:Union|Person|Enterprise|Organisation|Programme|Award|Region {id: $source})
MATCH (s)-[r]-(t:Union|Person|Enterprise|Organisation|Programme|Award|Region {id: $target})
WHERE type(r) = $type AND (type(r) = 'PARTNERED_WITH' OR startNode(r) = s)
WITH r LIMIT 1
WITH r, size(coalesce(r.evidence_article_ids, [])) AS total
RETURN type(r) AS type, startNode(r).id AS source, endNode(r).id AS target, total,
  [i IN range(total - 1 - $offset, 0, -1)[..$limit] |
    COLLECT { WITH r.evidence_article_ids[i] AS aid OPTIONAL MATCH (src:Article {id: aid})
              RETURN {article_id: aid, article_title: src.title, article_date: src.date, sentence: r.evidence_sentences[i],
                      start: r.evidence_starts[i], end: r.evidence_ends[i]} }[0]] AS items
