// One page of articles, newest first (undated last), filtered by outlet, by an entity they mention
// and by a date range. Ties broken by id so pages never overlap.
MATCH (a:Article)
WHERE ($outlet IS NULL OR a.outletId = $outlet)
  AND ($mentioning IS NULL OR EXISTS { (a)-[:MENTIONS]->(:Entity {id: $mentioning}) })
  AND ($since IS NULL OR a.date >= date($since))
  AND ($until IS NULL OR a.date <= date($until))
RETURN a {.*, text: null} AS entity
ORDER BY a.date IS NULL, a.date DESC, a.id
SKIP $offset LIMIT $limit
