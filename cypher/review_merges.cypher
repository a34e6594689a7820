// name: review_merges
// mode: read
// Entity ids after merges: for the ids $ids, the merge decisions that merged
// them into another entity (`into`) and those that merged another entity into
// them (`from`). The caller follows chains a step at a time.
UNWIND $ids AS id
CALL (id) {
  MATCH (d:Decision {subject: id}) WHERE d.verdict = 'merge'
  RETURN 'into' AS direction, d.into AS other
  UNION ALL
  MATCH (d:Decision {into: id}) WHERE d.verdict = 'merge'
  RETURN 'from' AS direction, d.subject AS other
}
RETURN id, direction, other
