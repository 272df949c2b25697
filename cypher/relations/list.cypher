// One page of relations of one type, optionally from and/or to given entities, in a stable order.
// With $includeParts, "to" also matches every body PART_OF the target, up to 3 levels down
// (the police, as part of law enforcement, as part of the Hong Kong authorities).
OPTIONAL MATCH (target:Entity {id: $to})
WITH CASE
       WHEN target IS NULL THEN null
       WHEN $includeParts THEN [target] + COLLECT { MATCH (part:Entity)-[:PART_OF]->{1,3}(target) RETURN DISTINCT part }
       ELSE [target]
     END AS targets
MATCH (f:Entity)-[r]->(t:Entity)
WHERE type(r) = $type
  AND ($from IS NULL OR f.id = $from)
  AND (targets IS NULL OR t IN targets)
WITH r, f, t ORDER BY f.name, t.name, r.id
SKIP $offset LIMIT $limit
RETURN {
  type: type(r), props: properties(r), articles: [aid IN coalesce(r.sourceArticles, []) | COLLECT { MATCH (src:Article {id: aid}) OPTIONAL MATCH (src)-[:PUBLISHED_BY]->(o:Outlet) RETURN src {.*, text: null, outlet: o {.*}} }[0]],
  from: f {.*, text: CASE WHEN f:Article THEN null ELSE f.text END},
  to: t {.*, text: CASE WHEN t:Article THEN null ELSE t.text END}
} AS relation
