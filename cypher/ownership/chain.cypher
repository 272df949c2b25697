// Ownership paths upward from $id: each path follows OWNS backwards (owned ← owner) for at most 12
// hops (no relationship twice) and ends at an ultimate owner (no owner of its own), at a node already
// on the path (a cycle: reported, not followed) or at $maxDepth (truncated). Paths that repeat a node
// before their last hop are dropped, so a cycle shows up once, where it closes.
MATCH (e:Entity {id: $id})
MATCH p = (e)<-[:OWNS]-{1,12}(top)
WITH p, top, nodes(p) AS ns, length(p) AS len
WHERE len <= $maxDepth
  AND all(i IN range(0, len - 1) WHERE NOT ns[i] IN ns[i + 1..len])
WITH p, top, ns, len, top IN ns[0..len] AS cycle, EXISTS { (top)<-[:OWNS]-() } AS topIsOwned
WHERE cycle OR NOT topIsOwned OR len = $maxDepth
WITH * ORDER BY len, [n IN ns | n.id] LIMIT $limit
CALL (p) {
  UNWIND relationships(p) AS r
  WITH r, startNode(r) AS f, endNode(r) AS t
  RETURN collect({type: type(r), props: properties(r), articles: [aid IN coalesce(r.sourceArticles, []) | COLLECT { MATCH (src:Article {id: aid}) OPTIONAL MATCH (src)-[:PUBLISHED_BY]->(o:Outlet) RETURN src {.*, text: null, outlet: o {.*}} }[0]], from: f {.*, text: CASE WHEN f:Article THEN null ELSE f.text END}, to: t {.*, text: CASE WHEN t:Article THEN null ELSE t.text END}}) AS hops
}
RETURN hops, cycle, (NOT cycle AND topIsOwned) AS truncated
