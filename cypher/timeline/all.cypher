// Dated facts in date order, from the evidence: every source that gives a date (the `:Source(date)`
// index yields them in order), one item per fact and date, of the allowed support levels, within
// [$since, $until], at most $limit. The fact comes along: an entity by id, or a relation from its start node.
MATCH (s:Source)
WHERE s.date >= coalesce(date($since), date('0001-01-01')) AND s.date <= coalesce(date($until), date('9999-12-31'))
  AND s.support IN $supports
WITH s ORDER BY s.date, s.fact
WITH DISTINCT s.date AS date, s.fact AS fact, s.from AS from
LIMIT $limit
OPTIONAL MATCH (n:Entity {id: fact})
OPTIONAL CALL (fact, from) {
  MATCH (f:Entity {id: from})-[r]->(t)
  WHERE r.id = fact
  RETURN {type: type(r), props: properties(r), from: f {.*}, to: t {.*}} AS relation
}
RETURN date, n {.*} AS entity, relation
ORDER BY date, fact
