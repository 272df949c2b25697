// One page of entities in name order, strictly between the keyset cursors ($afterName, $afterId) and
// ($beforeName, $beforeId) (open ends are sentinels, so both bounds are index seeks). The
// `entity_sort_name` index yields them in order, either way, so a page reads about $limit rows.
// /*ASC*/ marks the list order; the backward variant reads the index from the end (src/db/cypher.ts).
MATCH (n:Entity)
WHERE n.sortName >= $afterName AND n.sortName <= $beforeName
  AND CASE n.sortName WHEN $afterName THEN n.id > $afterId ELSE true END
  AND CASE n.sortName WHEN $beforeName THEN n.id < $beforeId ELSE true END
RETURN n {.*} AS entity
ORDER BY n.sortName /*ASC*/, n.id /*ASC*/
LIMIT $limit
