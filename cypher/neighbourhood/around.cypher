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
WITH e, collect({node: n, entity: n {.*, text: CASE WHEN n:Article THEN null ELSE n.text END}, depth: depth}) AS reached
WITH e, reached[0..$limit] AS kept, size(reached) > $limit AS truncated
WITH e, kept, truncated, [e] + [k IN kept | k.node] AS members
CALL (members) {
  UNWIND members AS x
  MATCH (x)-[r WHERE type(r) IN $types]->(y)
  WHERE y IN members
  WITH r, x, y ORDER BY type(r), x.id, y.id, r.id
  LIMIT 2000
  RETURN collect({type: type(r), props: properties(r), articles: [aid IN coalesce(r.sourceArticles, []) | COLLECT { MATCH (src:Article {id: aid}) OPTIONAL MATCH (src)-[:PUBLISHED_BY]->(o:Outlet) RETURN src {.*, text: null, outlet: o {.*}} }[0]], from: x {.*, text: CASE WHEN x:Article THEN null ELSE x.text END}, to: y {.*, text: CASE WHEN y:Article THEN null ELSE y.text END}}) AS edges
}
RETURN e {.*, text: CASE WHEN e:Article THEN null ELSE e.text END} AS centre,
       [k IN kept | {entity: k.entity, depth: k.depth}] AS nodes,
       edges, truncated
