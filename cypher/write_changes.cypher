// name: write_changes
// mode: write
// The change feed (graph/changes.py): one :Change node per node or
// relationship that an ingest batch added, changed or retracted, written in
// the batch's own transaction; `at` is that transaction's time (a DATE_TIME,
// range-indexed for GET /changes), `seq` the order within the batch. A
// relationship change names its ends (source, target ids) and the evidence it
// gained or lost (parallel article_ids and sentences); a node change its id,
// name and the articles involved (sentences '').
// $rows: [{seq, kind, entity, label, id, source, target, name, article_ids, sentences}]
// include: planned_once
UNWIND $rows AS row
CREATE (c:Change {at: datetime.transaction(), seq: row.seq, kind: row.kind, entity: row.entity, label: row.label,
                  article_ids: row.article_ids, sentences: row.sentences})
SET c.id = row.id, c.source = row.source, c.target = row.target, c.name = row.name
RETURN count(c) AS written
