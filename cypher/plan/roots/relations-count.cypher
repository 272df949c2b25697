// How many relations of one type relations-of-type lists, up to $countLimit, from the type's `id` index.
MATCH ()-[that:REL_TYPE]->()
WHERE that.id > '' AND that.support IN $supports AND VISIBLE_FACT(that)
WITH that LIMIT $countLimit
