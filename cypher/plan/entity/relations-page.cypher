// One keyset page of an entity's relations (`relationsConnection`), as entity/relations reads them: a
// relation's key is [type, date ('~' when undated, so last), far end's id, relation id]; the page holds
// those strictly between $after and $before, $limit of them from the end /*ASC*/ marks.
MATCH (this)PATTERN(far)
WHERE that.support IN $supports AND VISIBLE_FACT(that)
WITH that, far, [type(that), coalesce(toString(that.date), '~'), far.id, that.id] AS key
WHERE key > $after AND key < $before
WITH that, far, key ORDER BY key /*ASC*/
LIMIT $limit
