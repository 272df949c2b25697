// The evidence of derived MENTIONS edges: the sources, in that article, of facts that involve the
// entity, BACKGROUND ones left out (they do not make a mention). One id seek per pair, the article's incoming REPORTED_BY, then a filter on those sources.
UNWIND $pairs AS pair
CALL (pair) {
  MATCH (a:Entity {id: pair.article})<-[:REPORTED_BY]-(s:Source)
  WHERE (s.fact = pair.entity OR s.from = pair.entity OR s.to = pair.entity) AND s.support <> 'BACKGROUND' AND VISIBLE_SOURCE(s)
  OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(o:Outlet)
  WITH s, a, o ORDER BY s.fact, s.ordinal
  LIMIT LIMITS.mentionEvidence
  RETURN collect(s {.*, article: a.id, articleRecord: a {.*, outlet: o {.*}}}) AS sources
}
RETURN pair.key AS key, sources
