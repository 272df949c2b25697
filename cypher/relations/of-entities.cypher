// Relations of many entities at once (one query per request and field shape, not per entity).
// $types empty = every type; $direction is OUT, IN or BOTH; at most $limit per entity.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[r]-(o)
  WHERE (size($types) = 0 OR type(r) IN $types)
    AND ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = e) OR ($direction = 'IN' AND endNode(r) = e))
  WITH r, startNode(r) AS f, endNode(r) AS t ORDER BY type(r), coalesce(r.date, date('9999-12-31')), o.id
  LIMIT $limit
  RETURN collect({type: type(r), props: properties(r), articles: [aid IN coalesce(r.sourceArticles, []) | COLLECT { MATCH (src:Article {id: aid}) OPTIONAL MATCH (src)-[:PUBLISHED_BY]->(o:Outlet) RETURN src {.*, text: null, outlet: o {.*}} }[0]], from: f {.*, text: CASE WHEN f:Article THEN null ELSE f.text END}, to: t {.*, text: CASE WHEN t:Article THEN null ELSE t.text END}}) AS relations
}
RETURN id, relations
