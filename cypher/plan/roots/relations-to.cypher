// `relations(type:, to:)`: one page of the relations of one type ending at any of `targets` (the target
// and, with includeParts, the bodies PART_OF it), in id order between the keyset cursors; anchored at
// each target, as relations/to.
UNWIND targets AS target
MATCH (:Entity)-[that:REL_TYPE]->(:Entity {id: target})
WHERE that.id > $after AND that.id < $before AND that.support IN $supports AND VISIBLE_FACT(that)
WITH that ORDER BY that.id /*ASC*/
LIMIT $limit
