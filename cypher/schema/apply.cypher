// The graph schema, applied idempotently before the first write.
// One uniqueness constraint on `id` for every label, and a full-text index
// (cjk analyzer) over `name` and `aliases`; a range index on Article.doc (the
// articles of a file, for pages re-ingested with fewer articles); range indexes
// on Union (region_code, level) and (level), to find a federation by its place
// when PART_OF is derived across the graph (graph/hierarchy.py); researchers'
// review decisions, one per subject, and the merges into an entity (api/review.py); a range index on Change.at (the change
// feed, newest first since a time).
// Statements are separated by ';'.
CREATE CONSTRAINT union_id IF NOT EXISTS FOR (n:Union) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT enterprise_id IF NOT EXISTS FOR (n:Enterprise) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT programme_id IF NOT EXISTS FOR (n:Programme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT award_id IF NOT EXISTS FOR (n:Award) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT decision_subject IF NOT EXISTS FOR (n:Decision) REQUIRE n.subject IS UNIQUE;
CREATE INDEX decision_into IF NOT EXISTS FOR (n:Decision) ON (n.into);
CREATE INDEX article_doc IF NOT EXISTS FOR (n:Article) ON (n.doc);
CREATE INDEX union_region_level IF NOT EXISTS FOR (n:Union) ON (n.region_code, n.level);
CREATE INDEX union_level IF NOT EXISTS FOR (n:Union) ON (n.level);
CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Union|Person|Enterprise|Organisation|Programme|Award|Region)
ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CALL db.awaitIndexes(60);
