// The evidence of derived MENTIONS edges: the sources, in that article, of facts that involve the
// entity. One index seek on `:Source(article)` per pair, then a filter on the article's own sources.
UNWIND $pairs AS pair
CALL (pair) {
  MATCH (s:Source {article: pair.article})
  WHERE s.fact = pair.entity OR s.from = pair.entity OR s.to = pair.entity
  MATCH (a:Entity {id: s.article})
  OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(o:Outlet)
  WITH s, a, o ORDER BY s.fact, s.ordinal
  LIMIT 50
  RETURN collect(s {.*, articleRecord: a {.*, outlet: o {.*}}}) AS sources
}
RETURN pair.key AS key, sources
