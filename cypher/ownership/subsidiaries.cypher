// Everything $id owns, directly or through others, down to $maxDepth OWNS hops (at most 12), each
// entity once, at its shallowest depth, with the OWNS relation that reaches it on that path.
MATCH (e:Entity {id: $id})
MATCH p = (e)-[:OWNS]->{1,12}(s)
WHERE length(p) <= $maxDepth AND s <> e
WITH s, p ORDER BY length(p), [n IN nodes(p) | n.id]
WITH s, collect(p)[0] AS p
WITH s, p, last(relationships(p)) AS r
WITH s, p, r, startNode(r) AS f
RETURN s {.*, text: CASE WHEN s:Article THEN null ELSE s.text END} AS entity,
       length(p) AS depth,
       {type: type(r), props: properties(r), articles: [aid IN coalesce(r.sourceArticles, []) | COLLECT { MATCH (src:Article {id: aid}) OPTIONAL MATCH (src)-[:PUBLISHED_BY]->(o:Outlet) RETURN src {.*, text: null, outlet: o {.*}} }[0]], from: f {.*, text: CASE WHEN f:Article THEN null ELSE f.text END}, to: s {.*, text: CASE WHEN s:Article THEN null ELSE s.text END}} AS via
ORDER BY depth, s.name, s.id
LIMIT $limit
