// name: ingest_dropped_articles
// mode: read
// Stored articles of the given files that the new reading of the file no
// longer has (a page re-ingested with fewer articles).
// $docs: [{doc, ids}] — the file name and the ids of its articles now.
UNWIND $docs AS row
MATCH (a:Article {doc: row.doc})
WHERE NOT a.id IN row.ids
RETURN a.id AS id
