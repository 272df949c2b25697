// Full-text search over every text field (`textSearch`), one index per field (migration 003): article
// texts, evidence excerpts, statements' quoted words and entity descriptions. $query is a Lucene query
// the API built from escaped words. A field not in $fields is never queried: its UNWIND yields no row,
// so its procedure is not called. Each index returns at most $fetch hits; the best $limit of all come
// back (scores come from separate indexes, so they rank across fields only roughly). An excerpt quoted
// by several sources (one passage backing several facts) is one hit. Each hit names the article it comes
// from, the source or entity matched, and at most $maxConcerns ids of the entities it concerns.
CALL () {
  UNWIND CASE WHEN 'ARTICLE_TEXT' IN $fields THEN [$query] ELSE [] END AS q
  CALL db.index.fulltext.queryNodes('article_text_search', q, {limit: $fetch}) YIELD node, score
  MATCH (a:Article)-[:HAS_TEXT]->(node)
  RETURN 'ARTICLE_TEXT' AS field, score, node.text AS text, a.id AS article, null AS source, null AS entity,
         COLLECT { MATCH (a)-[:MENTIONS]->(e:Entity) RETURN e.id ORDER BY e.sortName, e.id LIMIT $maxConcerns } AS concerns
  UNION ALL
  UNWIND CASE WHEN 'EXCERPT' IN $fields THEN [$query] ELSE [] END AS q
  CALL db.index.fulltext.queryNodes('source_excerpt_search', q, {limit: $fetch}) YIELD node, score
  MATCH (node)-[:REPORTED_BY]->(a:Article)
  WITH node, score, a ORDER BY node.ordinal, node.fact
  WITH a.id AS article, node.start AS start, node.excerpt AS text, max(score) AS score, collect(node) AS sources
  WITH article, text, score, sources, sources[0] AS first
  RETURN 'EXCERPT' AS field, score, text, article, first {.*, article: article} AS source, null AS entity,
         reduce(ids = [], s IN sources | ids + CASE WHEN s.from IS NULL THEN [s.fact] ELSE [s.from, s.to] END) AS concerns
  UNION ALL
  UNWIND CASE WHEN 'STATEMENT' IN $fields THEN [$query] ELSE [] END AS q
  CALL db.index.fulltext.queryNodes('statement_text_search', q, {limit: $fetch}) YIELD node, score
  WITH node, score, COLLECT { MATCH (s:Source {fact: node.id})-[:REPORTED_BY]->(a:Article) RETURN s {.*, article: a.id} ORDER BY s.ordinal LIMIT 1 } AS first
  RETURN 'STATEMENT' AS field, score, node.text AS text, first[0].article AS article, first[0] AS source, node.id AS entity,
         COLLECT {
           MATCH (node)-[r:MADE_STATEMENT|SAID_TO|ABOUT]-(e:Entity)
           WHERE r.support IN $supports
           RETURN DISTINCT e.id ORDER BY e.id LIMIT $maxConcerns
         } AS concerns
  UNION ALL
  UNWIND CASE WHEN 'DESCRIPTION' IN $fields THEN [$query] ELSE [] END AS q
  CALL db.index.fulltext.queryNodes('entity_description_search', q, {limit: $fetch}) YIELD node, score
  WITH node, score, COLLECT { MATCH (s:Source {fact: node.id})-[:REPORTED_BY]->(a:Article) RETURN s {.*, article: a.id} ORDER BY s.ordinal LIMIT 1 } AS first
  RETURN 'DESCRIPTION' AS field, score, node.description AS text, CASE WHEN node:Article THEN node.id ELSE first[0].article END AS article,
         first[0] AS source, node.id AS entity, [node.id] AS concerns
}
RETURN field, score, text, article, source, entity, concerns
ORDER BY score DESC, field, article, entity
LIMIT $limit
