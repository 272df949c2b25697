// The relations of the allowed types (TYPES) and support levels among a neighbourhood's entities
// (`members`), each once (from its start), at most $maxEdges.
UNWIND members AS x
MATCH (x)-[that:TYPES]->(y)
WHERE that.support IN $supports AND VISIBLE_FACT(that) AND y IN members
WITH that LIMIT $maxEdges
