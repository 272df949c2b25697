// One page of relations of one type, optionally from and/or to given entities, in a stable order.
MATCH (f:Entity)-[r]->(t:Entity)
WHERE type(r) = $type
  AND ($from IS NULL OR f.id = $from)
  AND ($to IS NULL OR t.id = $to)
WITH r, f, t ORDER BY f.name, t.name, r.id
SKIP $offset LIMIT $limit
RETURN {
  type: type(r), props: properties(r), articles: [aid IN coalesce(r.sourceArticles, []) | COLLECT { MATCH (src:Article {id: aid}) OPTIONAL MATCH (src)-[:PUBLISHED_BY]->(o:Outlet) RETURN src {.*, text: null, outlet: o {.*}} }[0]],
  from: f {.*, text: CASE WHEN f:Article THEN null ELSE f.text END},
  to: t {.*, text: CASE WHEN t:Article THEN null ELSE t.text END}
} AS relation
