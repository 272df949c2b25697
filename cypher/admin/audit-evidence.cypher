// Audit of the whole graph's evidence (tests and operators, never a request): sources not REPORTED_BY
// exactly one article, or whose article text is missing or changed, whose excerpt is not at its
// offsets, or whose fact does not exist, and facts without any source. Reads every Source and fact
// once: a full scan by design.
CALL () {
  MATCH (s:Source)
  OPTIONAL MATCH (s)-[:REPORTED_BY]->(a:Article)
  WITH s, collect(a) AS articles
  WITH s, articles, articles[0] AS a
  OPTIONAL MATCH (a)-[:HAS_TEXT]->(t:ArticleText)
  OPTIONAL MATCH (e:Entity {id: s.fact})
  OPTIONAL CALL (s) {
    MATCH (:Entity {id: s.from})-[r]->(:Entity {id: s.to})
    WHERE r.id = s.fact
    RETURN count(r) > 0 AS found
  }
  WITH s, articles, t, e, coalesce(found, false) AS found
  WHERE size(articles) <> 1 OR s.article IS NOT NULL OR t IS NULL OR t.hash <> s.textHash
     OR substring(t.text, s.start, s.end - s.start) <> s.excerpt OR (e IS NULL AND NOT found)
  RETURN s.id AS item, 'broken source' AS problem
  UNION ALL
  MATCH (n:Entity)
  WHERE NOT n:Article AND NOT EXISTS { MATCH (s:Source {fact: n.id}) }
  RETURN n.id AS item, 'entity without a source' AS problem
  UNION ALL
  MATCH ()-[r]->()
  WHERE r.id IS NOT NULL AND type(r) <> 'MENTIONS' AND NOT EXISTS { MATCH (s:Source {fact: r.id}) }
  RETURN r.id AS item, 'relation without a source' AS problem
}
RETURN item, problem
ORDER BY problem, item
LIMIT $limit
