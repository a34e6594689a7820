// fragment: evidence_append
// The evidence of a relationship, part 2 of 2: append the `fresh` entries
// (see evidence_fresh) to the four parallel lists, in the order given.
SET r.evidence_article_ids = coalesce(r.evidence_article_ids, []) + [e IN fresh | e.article_id],
    r.evidence_sentences = coalesce(r.evidence_sentences, []) + [e IN fresh | e.sentence],
    r.evidence_starts = coalesce(r.evidence_starts, []) + [e IN fresh | e.start],
    r.evidence_ends = coalesce(r.evidence_ends, []) + [e IN fresh | e.end]
