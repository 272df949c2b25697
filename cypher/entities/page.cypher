// One page of entities in name order, strictly between the keyset cursors ($afterName, $afterId) and
// ($beforeName, $beforeId). The `entity_sort_name` index yields them in order, either way, so a page
// reads about $limit rows. /*ASC*/ marks the list order; the backward variant reads the index from the
// end (src/db/cypher.ts `directions`). Without a `before` cursor the lines using $beforeName are left
// out (`withoutBound`): no sentinel string sorts above every name both in the index and in Cypher.
MATCH (n:Entity)
WHERE n.sortName >= $afterName
  AND CASE n.sortName WHEN $afterName THEN n.id > $afterId ELSE true END
  AND n.sortName <= $beforeName
  AND CASE n.sortName WHEN $beforeName THEN n.id < $beforeId ELSE true END
RETURN n {.*} AS entity
ORDER BY n.sortName /*ASC*/, n.id /*ASC*/
LIMIT $limit
