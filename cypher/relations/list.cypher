// One page of relations of one type, optionally from and/or to given entities, in a stable order.
MATCH (f:Entity)-[r]->(t:Entity)
WHERE type(r) = $type
  AND ($from IS NULL OR f.id = $from)
  AND ($to IS NULL OR t.id = $to)
WITH r, f, t ORDER BY f.name, t.name, r.id
SKIP $offset LIMIT $limit
RETURN {
  type: type(r), props: properties(r),
  from: f {.id, .kind, .name, .aliases, .description, .date},
  to: t {.id, .kind, .name, .aliases, .description, .date}
} AS relation
