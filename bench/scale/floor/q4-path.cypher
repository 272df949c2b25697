// Q4, raw floor: shortest paths of at most 5 hops over fact relations (every type but the provenance
// edges MENTIONS, PUBLISHED_BY and CITES), sourced only, in either direction (cypher/paths/shortest with
// MAX_HOPS 5), returning only what the question shows: one statement instead of the API's two.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = ALL SHORTEST (a)(()-[r WHERE NOT type(r) IN ['MENTIONS', 'PUBLISHED_BY', 'CITES'] AND r.support IN ['STATED', 'INFERRED']]-()){1,5}(b)
WITH p LIMIT $limit
RETURN [n IN nodes(p) | n {.id, .name}] AS nodes,
       [r IN relationships(p) | {type: type(r), fromId: startNode(r).id, toId: endNode(r).id}] AS edges
