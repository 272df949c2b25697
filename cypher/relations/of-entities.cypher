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
  RETURN collect({type: type(r), props: properties(r), from: f {.id, .kind, .name, .aliases, .description, .date}, to: t {.id, .kind, .name, .aliases, .description, .date}}) AS relations
}
RETURN id, relations
