// Q8, raw floor: a phrase through the four full-text indexes (article texts, excerpts, statements,
// descriptions), each asked for $fetch hits; an excerpt quoted by several sources is one hit; the best
// $limit, each with the article it comes from (cypher/plan/roots/text-search without snippets or concerns).
CALL () {
  CALL db.index.fulltext.queryNodes('article_text_search', $query, {limit: $fetch}) YIELD node, score
  MATCH (a:Article)-[:HAS_TEXT]->(node)
  RETURN 'ARTICLE_TEXT' AS field, score, a AS article, null AS entity
  UNION ALL
  CALL db.index.fulltext.queryNodes('source_excerpt_search', $query, {limit: $fetch}) YIELD node, score
  MATCH (node)-[:REPORTED_BY]->(a:Article)
  WITH a, node.start AS start, node.excerpt AS excerpt, max(score) AS score
  RETURN 'EXCERPT' AS field, score, a AS article, null AS entity
  UNION ALL
  CALL db.index.fulltext.queryNodes('statement_text_search', $query, {limit: $fetch}) YIELD node, score
  OPTIONAL CALL (node) {
    MATCH (s:Source {fact: node.id})-[:REPORTED_BY]->(a:Article)
    RETURN a ORDER BY s.ordinal LIMIT 1
  }
  RETURN 'STATEMENT' AS field, score, a AS article, node AS entity
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_description_search', $query, {limit: $fetch}) YIELD node, score
  OPTIONAL CALL (node) {
    MATCH (s:Source {fact: node.id})-[:REPORTED_BY]->(a:Article)
    RETURN a ORDER BY s.ordinal LIMIT 1
  }
  RETURN 'DESCRIPTION' AS field, score, CASE WHEN node:Article THEN node ELSE a END AS article, node AS entity
}
WITH field, score, article, entity ORDER BY score DESC, field, article.id, entity.id
LIMIT $limit
RETURN field, score, article.id AS articleId, article.title AS articleTitle
