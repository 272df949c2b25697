// How many relations of entity/relations' pattern and support an entity has, up to $countLimit.
MATCH (this)PATTERN()
WHERE that.support IN $supports AND VISIBLE_FACT(that)
WITH that LIMIT $countLimit
