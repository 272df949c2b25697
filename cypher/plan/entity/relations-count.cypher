// How many relations of entity/relations' pattern and support an entity has, up to $countLimit.
MATCH (this)PATTERN()
WHERE that.support IN $supports
WITH that LIMIT $countLimit
