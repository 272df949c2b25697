// `relations(type:, from:)`: one page of the relations of one type starting at `from` (optionally ending
// at one of `targets`), in id order between the keyset cursors; anchored at `from`, as relations/from.
MATCH (from)-[that:REL_TYPE]->(far:Entity)
WHERE that.id > $after AND that.id < $before AND that.support IN $supports AND VISIBLE_FACT(that)
  AND (targets IS NULL OR far.id IN targets)
WITH that ORDER BY that.id /*ASC*/
LIMIT $limit
