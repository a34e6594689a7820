// name: ingest_delete_articles
// mode: write
// Delete the given Article nodes (their evidence and mentions already taken back).
UNWIND $article_ids AS aid
MATCH (a:Article {id: aid})
DETACH DELETE a
RETURN count(*) AS deleted
