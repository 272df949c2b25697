// How many relations relations-to lists, up to $countLimit; anchored at each target.
UNWIND targets AS target
MATCH ()-[that:REL_TYPE]->(:Entity {id: target})
WHERE that.support IN $supports AND VISIBLE_FACT(that)
WITH that LIMIT $countLimit
