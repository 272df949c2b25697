// One page of the relations of one type ending at any of $targets (the target and, with includeParts,
// the bodies PART_OF it), in id order strictly between the keyset cursors $after and $before
// (/*ASC*/ marks the list order); anchored at each target.
UNWIND $targets AS target
MATCH (f:Entity)-[r]->(t:Entity {id: target})
WHERE type(r) = $type AND r.id > $after AND r.id < $before AND r.support IN $supports
RETURN {type: type(r), props: properties(r), from: f {.*}, to: t {.*}} AS relation
ORDER BY r.id /*ASC*/
LIMIT $limit
