// An entity reference as a user types it: an id, or a name or alias in any letter case.
// Exact id first, then exact name, then alias; ties broken by id so the answer is stable. The entity
// itself comes along, so the request's entity loader needs no second round trip for it.
UNWIND $refs AS ref
OPTIONAL CALL (ref) {
  MATCH (n:Entity)
  WHERE n.id = ref OR toLower(n.name) = toLower(ref) OR any(a IN n.aliases WHERE toLower(a) = toLower(ref))
  RETURN n.id AS id, n {.*, text: CASE WHEN n:Article THEN null ELSE n.text END} AS entity
  ORDER BY CASE WHEN n.id = ref THEN 0 WHEN toLower(n.name) = toLower(ref) THEN 1 ELSE 2 END, n.id
  LIMIT 1
}
RETURN ref, id, entity
