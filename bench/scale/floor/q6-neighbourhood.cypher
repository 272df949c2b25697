// Q6, raw floor: everything within 2 hops of $id over fact relations, sourced only, each entity once at
// its shortest distance (the search stops after 5000), the nearest $limit kept, and the relations among
// them, at most 2000 (cypher/neighbourhood/around with MAX_HOPS 2): one statement instead of the API's two.
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH p = ANY SHORTEST (e)(()-[r WHERE NOT type(r) IN ['MENTIONS', 'PUBLISHED_BY', 'CITES'] AND r.support IN $supports]-()){1,2}(n)
  WHERE n <> e
  RETURN n, length(p) AS depth
  LIMIT 5000
}
WITH e, n, depth ORDER BY depth, n.id
WITH e, collect({node: n, depth: depth}) AS reached
WITH e, reached[0..$limit] AS kept, size(reached) > $limit AS truncated
WITH e, kept, truncated, [e] + [k IN kept | k.node] AS members
CALL (members) {
  UNWIND members AS x
  MATCH (x)-[r]->(y)
  WHERE NOT type(r) IN ['MENTIONS', 'PUBLISHED_BY', 'CITES'] AND r.support IN $supports AND y IN members
  WITH r, x, y LIMIT 2000
  RETURN collect({type: type(r), fromId: x.id, toId: y.id}) AS edges
}
RETURN [{id: e.id, name: e.name, kind: e.kind, depth: 0}] + [k IN kept | {id: k.node.id, name: k.node.name, kind: k.node.kind, depth: k.depth}] AS nodes,
       edges, truncated
