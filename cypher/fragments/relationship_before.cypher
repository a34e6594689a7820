// fragment: relationship_before
// Right after `MERGE (s)-[r:TYPE]->(t)` (with `row` in scope): what the change
// feed compares against (relationship_changes). `created`: the relationship
// has no last_changed yet (it was just created); `before`: its properties
// other than the evidence lists, as [key, value] pairs (the evidence lists are
// compared by their `fresh` entries instead, so they are not copied).
WITH r, row, r.last_changed IS NULL AS created,
     [k IN keys(r) WHERE NOT k STARTS WITH 'evidence_' | [k, r[k]]] AS before
