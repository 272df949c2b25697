// `relations(type:)`: one page of every relation of one type (REL_TYPE, allow-listed), in id order between
// the keyset cursors, read from the type's `id` index from the cursor, as relations/of-type.
MATCH (:Entity)-[that:REL_TYPE]->(:Entity)
WHERE that.id > $after AND that.id < $before AND that.support IN $supports AND VISIBLE_FACT(that)
WITH that ORDER BY that.id /*ASC*/
LIMIT $limit
