// Run by the loader before it commits: every source of the facts just written supports a fact that
// exists and quotes its article verbatim at its offsets, under the text's current hash. Any row
// returned is a broken source, and the write is rolled back.
UNWIND $facts AS fact
MATCH (s:Source {fact: fact})
OPTIONAL MATCH (:Entity {id: s.article})-[:HAS_TEXT]->(t:ArticleText)
OPTIONAL MATCH (e:Entity {id: s.fact})
OPTIONAL CALL (s) {
  MATCH (:Entity {id: s.from})-[r]->(:Entity {id: s.to})
  WHERE r.id = s.fact
  RETURN count(r) > 0 AS found
}
WITH s, t, e, found
WHERE t IS NULL OR t.hash <> s.textHash OR substring(t.text, s.start, s.end - s.start) <> s.excerpt
   OR (e IS NULL AND NOT coalesce(found, false))
RETURN s.id AS source, s.fact AS fact, CASE WHEN t IS NULL THEN 'no article text' WHEN e IS NULL AND NOT coalesce(found, false) THEN 'no such fact' ELSE 'excerpt not at its offsets' END AS problem
LIMIT 20
