// How many entities of $kind there are, up to $countLimit (`entities(kind:)` totalCount), read from the
// (kind, sortName) index.
MATCH (n:Entity)
WHERE n.kind = $kind AND n.sortName >= ''
WITH n LIMIT $countLimit
RETURN count(n) AS total
