// One page of the relations of one type starting at $from (optionally ending at $targets), in id
// order strictly between the keyset cursors $after and $before (/*ASC*/ marks the list order: see
// `directions` in src/db/cypher.ts); anchored at $from.
MATCH (f:Entity {id: $from})-[r]->(t:Entity)
WHERE type(r) = $type AND r.id > $after AND r.id < $before AND r.support IN $supports
  AND ($targets IS NULL OR t.id IN $targets)
RETURN {type: type(r), props: properties(r), from: f {.*}, to: t {.*}} AS relation
ORDER BY r.id /*ASC*/
LIMIT $limit
