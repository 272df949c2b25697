// Dated facts in date order: events and statements (nodes with a date) and relations with a date,
// optionally only those touching $entity, within [$since, $until]; at most $limit.
CALL () {
  MATCH (n:Entity)
  WHERE n.date IS NOT NULL AND n.kind IN ['Event', 'Statement']
    AND ($entity IS NULL OR n.id = $entity OR EXISTS { (n)-[x WHERE NOT type(x) IN ['REPORTED_BY', 'MENTIONS']]-(:Entity {id: $entity}) })
  RETURN n.date AS date, n.id AS key, n {.*} AS entity, null AS relation
  UNION ALL
  MATCH (f:Entity)-[r]->(t:Entity)
  WHERE r.date IS NOT NULL AND ($entity IS NULL OR f.id = $entity OR t.id = $entity)
  RETURN r.date AS date, r.id AS key, null AS entity, {
    type: type(r), props: properties(r), articles: [aid IN coalesce(r.sourceArticles, []) | COLLECT { MATCH (src:Article {id: aid}) OPTIONAL MATCH (src)-[:PUBLISHED_BY]->(o:Outlet) RETURN src {.*, text: null, outlet: o {.*}} }[0]],
    from: f {.*, text: CASE WHEN f:Article THEN null ELSE f.text END},
    to: t {.*, text: CASE WHEN t:Article THEN null ELSE t.text END}
  } AS relation
}
WITH date, key, entity, relation
WHERE ($since IS NULL OR date >= date($since)) AND ($until IS NULL OR date <= date($until))
RETURN date, entity, relation
ORDER BY date, key
LIMIT $limit
