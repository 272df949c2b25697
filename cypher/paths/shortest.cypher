// Shortest paths between two entities over the allowed relation types, in either direction, at most
// 6 hops (the schema's bound); $maxHops narrows it. Both ends are bound, so the search runs from both.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = ALL SHORTEST (a)-[r WHERE type(r) IN $types]-{1,6}(b)
WHERE length(p) <= $maxHops
WITH p LIMIT $limit
CALL (p) {
  UNWIND relationships(p) AS r
  WITH r, startNode(r) AS f, endNode(r) AS t
  RETURN collect({type: type(r), props: properties(r), articles: [aid IN coalesce(r.sourceArticles, []) | COLLECT { MATCH (src:Article {id: aid}) OPTIONAL MATCH (src)-[:PUBLISHED_BY]->(o:Outlet) RETURN src {.*, text: null, outlet: o {.*}} }[0]], from: f {.*, text: CASE WHEN f:Article THEN null ELSE f.text END}, to: t {.*, text: CASE WHEN t:Article THEN null ELSE t.text END}}) AS edges
}
RETURN [n IN nodes(p) | n {.*, text: CASE WHEN n:Article THEN null ELSE n.text END}] AS nodes, edges
