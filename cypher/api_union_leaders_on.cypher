// name: api_union_leaders_on
// mode: read
// GET /unions/{id}/leaders?on=D: who held an office of the union on date $on
// (ISO YYYY-MM-DD), by the evidence dated on or before it:
// 1. each evidence item of a LEADS is dated by its article (as_of); items with
//    no date, or dated after $on, are left out;
// 2. a person's office on $on is the one stated by their latest such item
//    (title as that sentence gives it, else the relationship's title);
// 3. a person is left out when someone else is stated later (still on or
//    before $on) in the same single-holder office: the same title, without
//    副 / 委员 / 成员 (主席 or 党组书记, not 副主席 of which there are several).
// The graph records no end of a term: someone whose last statement is before
// $on is still listed. Latest first; each item lists its newest $evidence_limit evidence items up to $on
// (evidence_total counts them all).
// No row when the union does not exist.
// A relationship a researcher rejected (POST /review), or one touching a rejected entity, is left out.
MATCH (u:Union {id: $id})
CALL (u) {
  OPTIONAL MATCH (p:Person)-[r:LEADS]->(u)
  WHERE NOT EXISTS { MATCH (d:Decision) WHERE d.subject IN [startNode(r).id + '|' + type(r) + '|' + endNode(r).id, startNode(r).id, endNode(r).id] AND d.verdict = 'reject' }
  UNWIND CASE WHEN r IS NULL THEN [] ELSE range(0, size(coalesce(r.evidence_article_ids, [])) - 1) END AS i
  OPTIONAL MATCH (src:Article {id: r.evidence_article_ids[i]})
  WITH p, r, i, src,
       CASE WHEN coalesce(r.evidence_as_of[i], '') = '' THEN src.date ELSE r.evidence_as_of[i] END AS as_of,
       CASE WHEN coalesce(r.evidence_titles[i], '') = '' THEN r.title ELSE r.evidence_titles[i] END AS title
  WHERE as_of IS NOT NULL AND as_of <= $on
  WITH p, r, i, src, as_of, title ORDER BY as_of, i
  WITH p, collect({as_of: as_of, title: title, evidence: {
         article_id: r.evidence_article_ids[i], article_title: src.title, article_date: src.date, as_of: as_of,
         title: title, sentence: r.evidence_sentences[i], start: r.evidence_starts[i], end: r.evidence_ends[i]}}) AS stated
  WITH collect({person: p, title: stated[-1].title, as_of: stated[-1].as_of,
                evidence: reverse([s IN stated | s.evidence])}) AS held
  UNWIND [h IN held WHERE NOT any(o IN held WHERE o.person <> h.person AND o.title = h.title AND o.as_of > h.as_of
                                  AND NOT (h.title CONTAINS '副' OR h.title CONTAINS '委员' OR h.title CONTAINS '成员'))] AS h
  WITH h ORDER BY h.as_of DESC, h.person.name, h.person.id
  WITH collect({person: {id: h.person.id, name: h.person.name, label: 'Person'}, title: h.title, as_of: h.as_of,
                evidence_total: size(h.evidence), evidence: h.evidence[..$evidence_limit]}) AS leaders
  RETURN size(leaders) AS total, leaders[$offset..$offset + $limit] AS items
}
RETURN u.id AS id, u.name AS name, total, items
