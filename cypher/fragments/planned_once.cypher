// fragment: planned_once
// Planned once (replan=skip). Used by every write and ingest query whose start
// points are all unique-index seeks on $parameters (hinted with USING INDEX
// where the planner could pick otherwise): the plan made on an empty graph
// stays the best one, and a graph growing from empty would otherwise make
// Neo4j replan each of them every few batches in the middle of an ingest (on a
// small machine that planning was most of the write time).
// tests/graph/test_ingest_cost.py checks that none of these plans scans.
CYPHER replan=skip
