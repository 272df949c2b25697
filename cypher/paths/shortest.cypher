// Shortest paths between two entities over the allowed relation types, in either direction, at most
// 6 hops (the schema's bound); $maxHops narrows it. Both ends are bound, so the search runs from both.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = ALL SHORTEST (a)-[r WHERE type(r) IN $types]-{1,6}(b)
WHERE length(p) <= $maxHops
WITH p LIMIT $limit
CALL (p) {
  UNWIND relationships(p) AS r
  WITH r, startNode(r) AS f, endNode(r) AS t
  RETURN collect({type: type(r), props: properties(r), from: f {.id, .kind, .name, .aliases, .description, .date}, to: t {.id, .kind, .name, .aliases, .description, .date}}) AS edges
}
RETURN [n IN nodes(p) | n {.id, .kind, .name, .aliases, .description, .date}] AS nodes, edges
