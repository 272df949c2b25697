// One page of an entity's or fact's history, newest first: its change records through the (target,
// order) index, between the page's cursors (`order` sorts newest first as a string).
MATCH (c:Change {target: $target})
WHERE c.order > $after AND c.order < $before
WITH c
ORDER BY c.order /*ASC*/
LIMIT $limit
RETURN c {.id, .target, .order, .operation, .operationId, .actor, .at, .reason, .changes} AS change
