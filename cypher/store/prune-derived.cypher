// Derived edges (MENTIONS, PUBLISHED_BY) of the given articles that the record set no longer implies.
UNWIND $articleIds AS id
MATCH (:Entity {id: id})-[r:MENTIONS|PUBLISHED_BY]->()
WHERE NOT r.id IN $keepIds
CALL (r) {
  MATCH (s:Source {fact: r.id})
  DELETE s
}
DELETE r
