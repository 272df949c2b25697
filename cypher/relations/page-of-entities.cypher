// One keyset page of the relations of each of many entities (`Entity.relationsConnection`; one query per
// request and page shape, not per entity), anchored at each entity. $types empty = every type;
// $direction is OUT, IN or BOTH. A relation's key is [type, date ('~' when undated, so last), far end's
// id, relation id]; a page holds the relations strictly between the keys $after and $before, $limit of
// them from the end /*ASC*/ marks (the backward variant reads from the other end), each with its far end
// and whether it starts at the entity.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[r]-(o)
  WHERE (size($types) = 0 OR type(r) IN $types)
    AND r.support IN $supports AND VISIBLE_FACT(r)
    AND ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = e) OR ($direction = 'IN' AND endNode(r) = e))
  WITH r, o, [type(r), coalesce(toString(r.date), '~'), o.id, r.id] AS key
  WHERE key > $after AND key < $before
  WITH r, o, key ORDER BY key /*ASC*/
  LIMIT $limit
  WITH r, o, key, startNode(r) AS f, endNode(r) AS t
  RETURN collect({relation: {id: r.id, type: type(r), props: properties(r), from: f {.*}, to: t {.*}}, key: key, out: f = e, other: o {.*}}) AS relations
}
RETURN id, relations
