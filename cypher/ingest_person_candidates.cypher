// name: ingest_person_candidates
// mode: read
// For each person of a batch: stored Persons of the same name that are either
// already mentioned in one of its articles (via 'article', a re-ingest) or
// LEAD / WORK_AT one of its organisations (via 'org', ref = the shared body).
// One flat list of {key, name, ref} per start label; each branch starts from
// a unique-index seek (hinted, so the plan made on an empty graph is kept:
// replan=skip) and expands to Persons of that name.
// $articles, $unions, $enterprises, $organisations: [{key, name, ref}]
// include: planned_once
CALL () {
  UNWIND $articles AS row
  MATCH (a:Article {id: row.ref})<-[:MENTIONED_IN]-(p:Person)
  USING INDEX a:Article(id)
  WHERE p.name = row.name
  RETURN row.key AS key, p.id AS id, 'article' AS via, row.ref AS ref
  UNION ALL
  UNWIND $unions AS row
  MATCH (o:Union {id: row.ref})<-[:LEADS|WORKS_AT]-(p:Person)
  USING INDEX o:Union(id)
  WHERE p.name = row.name
  RETURN row.key AS key, p.id AS id, 'org' AS via, row.ref AS ref
  UNION ALL
  UNWIND $enterprises AS row
  MATCH (o:Enterprise {id: row.ref})<-[:LEADS|WORKS_AT]-(p:Person)
  USING INDEX o:Enterprise(id)
  WHERE p.name = row.name
  RETURN row.key AS key, p.id AS id, 'org' AS via, row.ref AS ref
  UNION ALL
  UNWIND $organisations AS row
  MATCH (o:Organisation {id: row.ref})<-[:LEADS|WORKS_AT]-(p:Person)
  USING INDEX o:Organisation(id)
  WHERE p.name = row.name
  RETURN row.key AS key, p.id AS id, 'org' AS via, row.ref AS ref
}
RETURN DISTINCT key, id, via, ref
