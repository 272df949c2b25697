// One page of entities in name order, after the keyset cursor ($afterName, $afterId). The
// `entity_sort_name` index yields them in order, so a page reads about $limit rows.
MATCH (n:Entity)
WHERE n.sortName >= $afterName
  AND (n.sortName > $afterName OR n.id > $afterId)
RETURN n {.*} AS entity
ORDER BY n.sortName, n.id
LIMIT $limit
