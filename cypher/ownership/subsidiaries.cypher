// Everything $id owns, directly or through others, down to $maxDepth OWNS hops (at most 12), each
// entity once, at its shallowest depth, with the OWNS relation that reaches it on that path.
MATCH (e:Entity {id: $id})
MATCH p = (e)-[:OWNS]->{1,12}(s)
WHERE length(p) <= $maxDepth AND s <> e
WITH s, p ORDER BY length(p), [n IN nodes(p) | n.id]
WITH s, collect(p)[0] AS p
WITH s, p, last(relationships(p)) AS r
WITH s, p, r, startNode(r) AS f
RETURN s {.id, .kind, .name, .aliases, .description, .date} AS entity,
       length(p) AS depth,
       {type: type(r), props: properties(r), from: f {.id, .kind, .name, .aliases, .description, .date}, to: s {.id, .kind, .name, .aliases, .description, .date}} AS via
ORDER BY depth, s.name, s.id
LIMIT $limit
