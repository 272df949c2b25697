// Run by the loader before it commits: every article the written sources quote is stored with the
// text they were checked against. The row builder (src/store/rows.ts) found each excerpt at its
// offsets in the text whose SHA-256 the source records, so an article stored under that same hash
// proves every quote; facts and articles themselves were counted as they were written. One row per
// article quoted, not per source: this stays cheap however many sources a batch writes. Any row
// returned is a mismatch, and the write is rolled back.
UNWIND $quoted AS quoted
OPTIONAL MATCH (:Entity {id: quoted.id})-[:HAS_TEXT]->(t:ArticleText)
WITH quoted, t
WHERE t IS NULL OR t.hash <> quoted.hash
RETURN quoted.id AS article, CASE WHEN t IS NULL THEN 'no article text' ELSE 'article text differs from the one quoted' END AS problem
LIMIT 20
