// How many entities of $kind there are, up to $countLimit, read from the (kind, sortName) index.
MATCH (that:Entity)
WHERE that.kind = $kind AND that.sortName >= ''
WITH that LIMIT $countLimit
