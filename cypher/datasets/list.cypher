// Every dataset (`datasets`), in id order from the id constraint's index, at most $limit.
MATCH (d:Dataset)
WHERE d.id IS NOT NULL
RETURN d {.*} AS dataset
ORDER BY d.id
LIMIT $limit
