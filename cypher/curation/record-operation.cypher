// What a mutation did, in its own transaction: the operation (who, when, why, its idempotency key and
// result) and one change record per entity or fact it changed. `order` sorts a target's history
// newest first as a plain string (see src/store/curation/history.ts).
CREATE (o:Operation {id: $id, name: $name, actor: $actor, at: $at, reason: $reason, inputHash: $inputHash, result: $result})
SET o.key = $key
WITH o
UNWIND $changes AS change
CREATE (c:Change)-[:PART_OF]->(o)
SET c = change, c.operationId = $id, c.operation = $name, c.actor = $actor, c.at = $at, c.reason = coalesce(change.reason, $reason)
