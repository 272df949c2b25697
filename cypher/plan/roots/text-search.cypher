// `textSearch`: every text field through its own full-text index (migration 003): article texts, evidence
// excerpts, statements' quoted words and entity descriptions. $query is a Lucene query the API built from
// escaped words. A field not in $fields is never queried (its UNWIND yields no row). Each index returns at
// most $fetch hits; the best $limit of all are kept (scores come from separate indexes, so they rank
// across fields only roughly). An excerpt quoted by several sources (one passage backing several facts)
// is one hit: `passage` holds those sources. Each hit names the article it comes from and the source or
// entity matched; the text itself only when a snippet is asked for ($withText).
CALL () {
  UNWIND CASE WHEN 'ARTICLE_TEXT' IN $fields THEN [$query] ELSE [] END AS q
  CALL db.index.fulltext.queryNodes('article_text_search', q, {limit: $fetch}) YIELD node, score
  MATCH (a:Article)-[:HAS_TEXT]->(node)
  RETURN 'ARTICLE_TEXT' AS field, score, CASE WHEN $withText THEN node.text END AS text, a AS article, null AS source, null AS entity, [] AS passage
  UNION ALL
  UNWIND CASE WHEN 'EXCERPT' IN $fields THEN [$query] ELSE [] END AS q
  CALL db.index.fulltext.queryNodes('source_excerpt_search', q, {limit: $fetch}) YIELD node, score
  MATCH (node)-[:REPORTED_BY]->(a:Article)
  WITH node, score, a ORDER BY node.ordinal, node.fact
  WITH a, node.start AS start, node.excerpt AS excerpt, max(score) AS score, collect(node) AS sources
  RETURN 'EXCERPT' AS field, score, excerpt AS text, a AS article, sources[0] AS source, null AS entity, sources AS passage
  UNION ALL
  UNWIND CASE WHEN 'STATEMENT' IN $fields THEN [$query] ELSE [] END AS q
  CALL db.index.fulltext.queryNodes('statement_text_search', q, {limit: $fetch}) YIELD node, score
  OPTIONAL CALL (node) {
    MATCH (s:Source {fact: node.id})-[:REPORTED_BY]->(a:Article)
    RETURN s, a ORDER BY s.ordinal LIMIT 1
  }
  RETURN 'STATEMENT' AS field, score, CASE WHEN $withText THEN node.text END AS text, a AS article, s AS source, node AS entity, [] AS passage
  UNION ALL
  UNWIND CASE WHEN 'DESCRIPTION' IN $fields THEN [$query] ELSE [] END AS q
  CALL db.index.fulltext.queryNodes('entity_description_search', q, {limit: $fetch}) YIELD node, score
  OPTIONAL CALL (node) {
    MATCH (s:Source {fact: node.id})-[:REPORTED_BY]->(a:Article)
    RETURN s, a ORDER BY s.ordinal LIMIT 1
  }
  RETURN 'DESCRIPTION' AS field, score, CASE WHEN $withText THEN node.description END AS text,
         CASE WHEN node:Article THEN node ELSE a END AS article, s AS source, node AS entity, [] AS passage
}
WITH field, score, text, article, source, entity, passage
ORDER BY score DESC, field, article.id, entity.id
LIMIT $limit
