// Run by the loader before it commits: every source of the facts just written supports a fact that
// exists and quotes an article whose stored text has the hash the source recorded. The row builder
// (src/store/rows.ts) found each excerpt at its offsets in that very text, so a matching hash proves
// the quote; comparing hashes, not texts, keeps this check cheap. Any row returned is a broken
// source, and the write is rolled back. Index hints keep the plan from scanning when it was first
// planned on an almost empty graph.
UNWIND $facts AS fact
MATCH (s:Source {fact: fact})
USING INDEX s:Source(fact)
OPTIONAL MATCH (a:Entity {id: s.article})-[:HAS_TEXT]->(t:ArticleText)
USING INDEX a:Entity(id)
OPTIONAL MATCH (e:Entity {id: s.fact})
USING INDEX e:Entity(id)
OPTIONAL CALL (s) {
  MATCH (f:Entity {id: s.from})-[r]->()
  USING INDEX f:Entity(id)
  WHERE r.id = s.fact
  RETURN count(r) > 0 AS found
}
WITH s, t, e, coalesce(found, false) AS found
WHERE t IS NULL OR t.hash <> s.textHash OR (e IS NULL AND NOT found)
RETURN s.id AS source, s.fact AS fact, CASE WHEN t IS NULL THEN 'no article text' WHEN t.hash <> s.textHash THEN 'article text changed' ELSE 'no such fact' END AS problem
LIMIT 20
