// One page of entities of one kind in name order, strictly between the keyset cursors
// ($afterName, $afterId) and ($beforeName, $beforeId), read in order from the composite
// (kind, sortName) index (ORDER BY names `kind` first so the planner sees the index order and stops
// after $limit rows: a PartialTop, not a sort of the kind). /*ASC*/ marks the list order; the backward
// variant reads the index from the end. Without a `before` cursor the lines using $beforeName are left
// out, as in entities/page.
MATCH (n:Entity)
WHERE n.kind = $kind AND n.sortName >= $afterName
  AND CASE n.sortName WHEN $afterName THEN n.id > $afterId ELSE true END
  AND n.sortName <= $beforeName
  AND CASE n.sortName WHEN $beforeName THEN n.id < $beforeId ELSE true END
RETURN n {.*} AS entity
ORDER BY n.kind /*ASC*/, n.sortName /*ASC*/, n.id /*ASC*/
LIMIT $limit
