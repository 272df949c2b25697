// An entity as stored, with its own sources (retracted ones too), for a mutation to rewrite it through
// the write path.
MATCH (e:Entity {id: $id})
CALL (e) {
  OPTIONAL MATCH (s:Source {fact: e.id})-[:REPORTED_BY]->(a:Article)
  WITH s, a
  ORDER BY s.ordinal, s.id
  RETURN collect(CASE WHEN s IS NULL THEN null ELSE {props: properties(s), article: a.id} END) AS sources
}
RETURN e.kind AS kind, properties(e) AS props, sources
