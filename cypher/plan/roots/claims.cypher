// `claims`: every fact of the fact types touching `entity`, of the allowed support levels, at most $limit,
// in type then id order, with its far end (`far`, whose topic groups events and statements).
MATCH (entity)-[that]-(far:Entity)
WHERE type(that) IN $types AND that.support IN $supports
WITH that, far ORDER BY type(that), that.id
LIMIT $limit
