// The sources of many facts (entity or relation ids) at once, in their recorded order, each with its
// article (one hop along REPORTED_BY) and the article's outlet. One index seek per fact on `:Source(fact)`.
UNWIND $facts AS fact
CALL (fact) {
  MATCH (s:Source {fact: fact})-[:REPORTED_BY]->(a:Article)
  WHERE VISIBLE_SOURCE(s)
  OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(o:Outlet)
  WITH s, a, o ORDER BY s.ordinal
  RETURN collect(s {.*, article: a.id, articleRecord: a {.*, outlet: o {.*}}}) AS sources
}
RETURN fact, sources
