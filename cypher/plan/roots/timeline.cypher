// `timeline` over the whole graph: every source that gives a date, read in date order from the
// `:Source(date)` index, one item per fact and date, of the allowed support levels, within [$since,
// $until], at most $limit. The fact comes along: an entity by id (`factEntity`), or a relation found between
// its two ends (`factRelation`); `dating` holds the fact's sources that give the item's date, in recorded order.
MATCH (s:Source)
WHERE s.date >= coalesce(date($since), date('0001-01-01')) AND s.date <= coalesce(date($until), date('9999-12-31'))
  AND s.support IN $supports AND VISIBLE_SOURCE(s)
  AND (s.from IS NULL OR EXISTS { MATCH (:Entity {id: s.from})-[r]->(:Entity {id: s.to}) WHERE r.id = s.fact AND VISIBLE_FACT(r) })
WITH s ORDER BY s.date, s.fact
WITH DISTINCT s.date AS date, s.fact AS id, s.from AS startId, s.to AS endId
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
