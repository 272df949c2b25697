// `subsidiaries`: what `entity` owns, directly or through others, down to MAX_DEPTH OWNS hops (a literal
// per bound), each entity once at its shallowest depth (ANY SHORTEST: one breadth-first search), with the
// OWNS relation that reaches it on that path (`via`; `hops` the whole path's, for its evidence strength).
MATCH p = ANY SHORTEST (entity)(()-[o:OWNS WHERE o.support IN $supports AND VISIBLE_FACT(o)]->()){1,MAX_DEPTH}(s)
WHERE s <> entity
WITH s, p ORDER BY length(p), s.sortName, s.id
LIMIT $limit
WITH s AS that, length(p) AS depth, last(relationships(p)) AS via, relationships(p) AS hops
