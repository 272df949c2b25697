// Everything $id owns, directly or through others, down to MAX_DEPTH OWNS hops (a literal per allowed
// depth), each entity once at its shallowest depth (ANY SHORTEST: one breadth-first search), with the
// OWNS relation that reaches it on that path.
MATCH (e:Entity {id: $id})
MATCH p = ANY SHORTEST (e)(()-[o:OWNS WHERE o.support IN $supports]->()){1,MAX_DEPTH}(s)
WHERE s <> e
WITH s, p ORDER BY length(p), s.sortName, s.id
LIMIT $limit
WITH s, p, last(relationships(p)) AS r
RETURN s {.*} AS entity, length(p) AS depth,
       {type: type(r), props: properties(r), from: properties(startNode(r)), to: s {.*}} AS via
