// Changed relations are deleted and created again (their type may have changed), and every changed
// fact's sources are replaced (with their REPORTED_BY edges). A relation is found from its sources,
// which name both its ends, so the expand is bound at both ends and never reads all of a hub's edges.
UNWIND $facts AS fact
CALL (fact) {
  MATCH (s:Source {fact: fact})
  WITH collect(s) AS old, collect(DISTINCT {from: s.from, to: s.to}) AS ends
  CALL (ends, fact) {
    UNWIND ends AS end
    MATCH (:Entity {id: end.from})-[r]->(:Entity {id: end.to})
    WHERE r.id = fact
    DELETE r
  }
  FOREACH (s IN old | DETACH DELETE s)
}
