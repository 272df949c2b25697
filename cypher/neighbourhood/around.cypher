// Entities within MAX_HOPS (a literal per allowed hop count) of $id over the allowed relation types
// and support levels, each at its shortest distance. The breadth-first search stops after $budget
// entities whatever the graph holds around a hub, so memory stays bounded; of those, the nearest
// $limit are kept (one more tells whether the cap cut). Then every allowed relationship among them,
// at most $maxEdges. No source is materialised here: sources are loaded only if asked for.
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH p = ANY SHORTEST (e)(()-[r WHERE type(r) IN $types AND r.support IN $supports]-(x WHERE $kinds IS NULL OR x.kind IN $kinds)){1,MAX_HOPS}(n)
  WHERE n <> e
  RETURN n, length(p) AS depth
  LIMIT $budget
}
WITH e, n, depth ORDER BY depth, n.id
WITH e, collect({node: n, depth: depth}) AS reached
WITH e, reached[0..$limit] AS kept, size(reached) > $limit AS truncated
WITH e, kept, truncated, [e] + [k IN kept | k.node] AS members
CALL (members) {
  UNWIND members AS x
  MATCH (x)-[r]->(y)
  WHERE type(r) IN $types AND r.support IN $supports AND y IN members
  WITH r, x, y LIMIT $maxEdges
  RETURN collect({type: type(r), props: properties(r), from: x {.*}, to: y {.*}}) AS edges
}
RETURN e {.*} AS centre, [k IN kept | {entity: properties(k.node), depth: k.depth}] AS nodes, edges, truncated
