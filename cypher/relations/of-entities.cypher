// Relations of many entities at once (one query per request and field shape, not per entity),
// anchored at each entity. $types empty = every type; $direction is OUT, IN or BOTH; at most $limit
// per entity, plus one to tell whether the list was cut.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[r]-(o)
  WHERE (size($types) = 0 OR type(r) IN $types)
    AND r.support IN $supports AND VISIBLE_FACT(r)
    AND ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = e) OR ($direction = 'IN' AND endNode(r) = e))
  WITH r, startNode(r) AS f, endNode(r) AS t ORDER BY type(r), coalesce(r.date, date('9999-12-31')), o.id
  LIMIT $limit
  RETURN collect({id: r.id, type: type(r), props: properties(r), from: f {.*}, to: t {.*}}) AS relations
}
RETURN id, relations
