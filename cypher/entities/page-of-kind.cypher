// One page of entities of one kind in name order, after the keyset cursor ($afterName, $afterId),
// read in order from the composite (kind, sortName) index (ORDER BY names `kind` first so the
// planner sees the index order and stops after $limit rows: a PartialTop, not a sort of the kind).
MATCH (n:Entity)
WHERE n.kind = $kind AND n.sortName >= $afterName
  AND (n.sortName > $afterName OR n.id > $afterId)
RETURN n {.*} AS entity
ORDER BY n.kind, n.sortName, n.id
LIMIT $limit
