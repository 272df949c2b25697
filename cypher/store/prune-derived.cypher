// Derived edges (MENTIONS, PUBLISHED_BY) of the given articles that the record set no longer implies,
// with their sources (and those sources' REPORTED_BY edges).
UNWIND $articleIds AS id
MATCH (:Entity {id: id})-[r:MENTIONS|PUBLISHED_BY]->()
WHERE NOT r.id IN $keepIds
CALL (r) {
  MATCH (s:Source {fact: r.id})
  DETACH DELETE s
}
DELETE r
