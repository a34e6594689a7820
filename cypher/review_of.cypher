// name: review_of
// mode: read
// The decision on one subject ($subject: an entity id or `source|TYPE|target`),
// if any: no row when there is none.
MATCH (d:Decision {subject: $subject})
RETURN d.verdict AS verdict, d.note AS note, d.decided_at AS decided_at, d.into AS into
