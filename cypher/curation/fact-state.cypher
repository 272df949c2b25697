// A fact (relation) as stored, with every source it has (retracted ones too), for a mutation to rewrite
// it through the write path. Found from its sources (the index on Source.fact), which name both its
// ends, so the expand is bound at both ends.
MATCH (s:Source {fact: $id})
WITH DISTINCT s.from AS from, s.to AS to
MATCH (f:Entity {id: from})-[r]->(t:Entity {id: to})
WHERE r.id = $id
WITH r, f, t
LIMIT 1
CALL (r) {
  MATCH (s:Source {fact: r.id})-[:REPORTED_BY]->(a:Article)
  WITH s, a
  ORDER BY s.ordinal, s.id
  RETURN collect({props: properties(s), article: a.id}) AS sources
}
RETURN type(r) AS type, f.id AS from, t.id AS to, properties(r) AS props, sources
