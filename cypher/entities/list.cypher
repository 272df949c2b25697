// One page of entities, optionally of one kind, in name order (id breaks ties so pages never overlap).
MATCH (n:Entity)
WHERE $kind IS NULL OR n.kind = $kind
RETURN n {.*, text: CASE WHEN n:Article THEN null ELSE n.text END} AS entity
ORDER BY toLower(n.name), n.id
SKIP $offset LIMIT $limit
