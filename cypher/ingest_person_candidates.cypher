// name: ingest_person_candidates
// mode: read
// For each person of a batch: stored Persons of the same name that are either
// already mentioned in one of its articles (via 'article', a re-ingest) or
// LEAD / WORK_AT one of its organisations (via 'org', ref = the shared body).
// $rows: [{key, name, article_ids, unions, enterprises, organisations}]
UNWIND $rows AS row
CALL (row) {
  UNWIND row.article_ids AS ref
  MATCH (:Article {id: ref})<-[:MENTIONED_IN]-(p:Person {name: row.name})
  RETURN p.id AS id, 'article' AS via, ref
  UNION
  UNWIND row.unions AS ref
  MATCH (:Union {id: ref})<-[:LEADS|WORKS_AT]-(p:Person {name: row.name})
  RETURN p.id AS id, 'org' AS via, ref
  UNION
  UNWIND row.enterprises AS ref
  MATCH (:Enterprise {id: ref})<-[:LEADS|WORKS_AT]-(p:Person {name: row.name})
  RETURN p.id AS id, 'org' AS via, ref
  UNION
  UNWIND row.organisations AS ref
  MATCH (:Organisation {id: ref})<-[:LEADS|WORKS_AT]-(p:Person {name: row.name})
  RETURN p.id AS id, 'org' AS via, ref
}
RETURN row.key AS key, id, via, ref
