// How many relations relations-from lists, up to $countLimit; anchored at `from`.
MATCH (from)-[that:REL_TYPE]->(far:Entity)
WHERE that.support IN $supports AND VISIBLE_FACT(that) AND (targets IS NULL OR far.id IN targets)
WITH that LIMIT $countLimit
