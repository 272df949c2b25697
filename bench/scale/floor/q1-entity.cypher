// Q1, raw floor: an entity by what a user typed (an exact id, else a name or alias through its normalised
// key; cypher/entities/resolve), its sources, and its relations of $types (sourced only, at most 200, in
// the API's order; cypher/relations/of-entities) each with its sources (cypher/evidence/of-facts): one
// statement instead of the API's four.
CALL () {
  MATCH (n:Entity {id: $text})
  RETURN n, -1 AS rank
  UNION
  MATCH (:NameKey {key: $key})<-[k:KNOWN_AS]-(n:Entity)
  RETURN n, k.rank AS rank
}
WITH n AS e ORDER BY rank, n.id LIMIT 1
CALL (e) {
  MATCH (s:Source {fact: e.id})-[:REPORTED_BY]->(a:Article)
  WITH s, a ORDER BY s.ordinal
  RETURN collect({excerpt: s.excerpt, article: a {.id, .title}}) AS sources
}
CALL (e) {
  MATCH (e)-[r]-(o)
  WHERE type(r) IN $types AND r.support IN $supports
  WITH r, startNode(r) AS f, endNode(r) AS t ORDER BY type(r), coalesce(r.date, date('9999-12-31')), o.id
  LIMIT 200
  CALL (r) {
    MATCH (s:Source {fact: r.id})-[:REPORTED_BY]->(a:Article)
    WITH s, a ORDER BY s.ordinal
    RETURN collect({excerpt: s.excerpt, article: a {.id, .title}}) AS sources
  }
  RETURN collect({id: r.id, type: type(r), from: f {.id, .name}, to: t {.id, .name}, sources: sources}) AS relations
}
RETURN e {.id, .name, .kind} AS entity, sources, relations
