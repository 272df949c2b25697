// How many relations each of many entities has of the given types ($types empty = all), direction and
// support (`Entity.relationsConnection` totalCount), up to $countLimit each; anchored at each entity.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[r]-()
  WHERE (size($types) = 0 OR type(r) IN $types)
    AND r.support IN $supports AND VISIBLE_FACT(r)
    AND ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = e) OR ($direction = 'IN' AND endNode(r) = e))
  WITH r LIMIT $countLimit
  RETURN count(r) AS total
}
RETURN id, total
