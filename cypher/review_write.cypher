// name: review_write
// mode: write
// POST /review: store researchers' decisions, one Decision node per subject
// (an entity id, or `source|TYPE|target` of a relationship as stored), apart
// from the extracted data, so no ingest touches them. A later decision on the
// same subject replaces the earlier one; the same decision again changes
// nothing (decided_at keeps its first value). $rows: [{subject, kind, verdict,
// entity, source, type, target, into, note}]; $now: an ISO timestamp.
UNWIND $rows AS row
MERGE (d:Decision {subject: row.subject})
WITH d, row, d.verdict IS NULL OR d.verdict <> row.verdict OR coalesce(d.note, '') <> coalesce(row.note, '')
             OR coalesce(d.into, '') <> coalesce(row.into, '') AS changed
SET d.kind = row.kind, d.verdict = row.verdict, d.entity = row.entity, d.source = row.source, d.type = row.type,
    d.target = row.target, d.into = row.into, d.note = row.note,
    d.decided_at = CASE WHEN changed THEN $now ELSE d.decided_at END
RETURN d.subject AS subject, changed
