// Entities within $hops (at most 3) of $id over the allowed relation types, each at its shortest
// distance, nearest first, capped at $limit (one more is fetched to tell whether the cap cut);
// then every allowed relationship among them. $kinds (or null) restricts the entities reached.
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH p = ANY SHORTEST (e)(()-[r WHERE type(r) IN $types]-(x WHERE $kinds IS NULL OR x.kind IN $kinds)){1,3}(n)
  WHERE n <> e AND length(p) <= $hops
  RETURN n, length(p) AS depth
  ORDER BY depth, n.id
  LIMIT $limit + 1
}
WITH e, collect({node: n, entity: n {.id, .kind, .name, .aliases, .description, .date}, depth: depth}) AS reached
WITH e, reached[0..$limit] AS kept, size(reached) > $limit AS truncated
WITH e, kept, truncated, [e] + [k IN kept | k.node] AS members
CALL (members) {
  UNWIND members AS x
  MATCH (x)-[r WHERE type(r) IN $types]->(y)
  WHERE y IN members
  WITH r, x, y ORDER BY type(r), x.id, y.id, r.id
  LIMIT 2000
  RETURN collect({type: type(r), props: properties(r), from: x {.id, .kind, .name, .aliases, .description, .date}, to: y {.id, .kind, .name, .aliases, .description, .date}}) AS edges
}
RETURN e {.id, .kind, .name, .aliases, .description, .date} AS centre,
       [k IN kept | {entity: k.entity, depth: k.depth}] AS nodes,
       edges, truncated
