// Shortest paths between two entities over the allowed relation types and support levels, in either
// direction, at most MAX_HOPS hops (a literal per allowed bound). Both ends are bound, so the search
// runs from both sides.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = ALL SHORTEST (a)(()-[r WHERE type(r) IN $types AND r.support IN $supports]-()){1,MAX_HOPS}(b)
WITH p LIMIT $limit
RETURN [n IN nodes(p) | n {.*}] AS nodes,
       [r IN relationships(p) | {type: type(r), props: properties(r), from: properties(startNode(r)), to: properties(endNode(r))}] AS edges
