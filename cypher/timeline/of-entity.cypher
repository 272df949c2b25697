// Dated facts touching $entity, in date order: the entity's own dated sources, those of its relations
// of the given types, and those of the events and statements linked to it; one item per fact and date,
// of the allowed support levels, within [$since, $until], at most $limit. Anchored at the entity.
MATCH (e:Entity {id: $entity})
CALL (e) {
  RETURN e.id AS fact, null AS from
  UNION
  MATCH (e)-[r]-(o:Entity)
  WHERE type(r) IN $types
  RETURN r.id AS fact, startNode(r).id AS from
  UNION
  MATCH (e)-[r]-(o:Entity)
  WHERE type(r) IN $types AND o.kind IN ['Event', 'Statement']
  RETURN o.id AS fact, null AS from
}
MATCH (s:Source {fact: fact})
WHERE s.date >= coalesce(date($since), date('0001-01-01')) AND s.date <= coalesce(date($until), date('9999-12-31'))
  AND s.support IN $supports
WITH DISTINCT s.date AS date, fact, from
ORDER BY date, fact
LIMIT $limit
OPTIONAL MATCH (n:Entity {id: fact})
OPTIONAL CALL (fact, from) {
  MATCH (f:Entity {id: from})-[r]->(t)
  WHERE r.id = fact
  RETURN {type: type(r), props: properties(r), from: f {.*}, to: t {.*}} AS relation
}
RETURN date, n {.*} AS entity, relation
ORDER BY date, fact
