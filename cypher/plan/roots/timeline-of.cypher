// `timeline(entity:)`: the dated facts touching `entity`, in date order: its own dated sources, those of
// its relations of the fact types, and those of the events and statements linked to it; one item per fact
// and date, of the allowed support levels, within [$since, $until], at most $limit; anchored at the entity.
// Items as in roots/timeline.
CALL (entity) {
  RETURN entity.id AS id, null AS startId, null AS endId
  UNION
  MATCH (entity)-[r]-(o:Entity)
  WHERE type(r) IN $types AND VISIBLE_FACT(r)
  RETURN r.id AS id, startNode(r).id AS startId, endNode(r).id AS endId
  UNION
  MATCH (entity)-[r]-(o:Entity)
  WHERE type(r) IN $types AND VISIBLE_FACT(r) AND o.kind IN ['Event', 'Statement']
  RETURN o.id AS id, null AS startId, null AS endId
}
MATCH (s:Source {fact: id})
WHERE s.date >= coalesce(date($since), date('0001-01-01')) AND s.date <= coalesce(date($until), date('9999-12-31'))
  AND s.support IN $supports AND VISIBLE_SOURCE(s)
WITH DISTINCT s.date AS date, id, startId, endId
ORDER BY date, id
LIMIT $limit
OPTIONAL MATCH (factEntity:Entity {id: id})
WHERE startId IS NULL
OPTIONAL CALL (id, startId, endId) {
  MATCH (:Entity {id: startId})-[r]->(:Entity {id: endId})
  WHERE r.id = id
  RETURN r AS factRelation
}
CALL (id, date) {
  MATCH (d:Source {fact: id})
  WHERE d.date = date AND VISIBLE_SOURCE(d)
  WITH d ORDER BY d.ordinal
  RETURN collect(d) AS dating
}
WITH date, id, factEntity, factRelation, dating,
     CASE WHEN factRelation IS NULL THEN factEntity.name ELSE startNode(factRelation).name + ' ' + type(factRelation) + ' ' + endNode(factRelation).name END AS summary
ORDER BY date, id
