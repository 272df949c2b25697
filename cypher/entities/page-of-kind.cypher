// One page of entities of one kind in name order, after the keyset cursor ($afterName, $afterId),
// read in order from the composite (kind, sortName) index.
MATCH (n:Entity)
WHERE n.kind = $kind AND n.sortName >= $afterName
  AND (n.sortName > $afterName OR n.id > $afterId)
RETURN n {.*} AS entity
ORDER BY n.sortName, n.id
LIMIT $limit
