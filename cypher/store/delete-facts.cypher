// Changed relations are deleted and created again (their type may have changed), and every changed
// fact's sources are replaced. A relation is found from its sources, which name its start node.
UNWIND $facts AS fact
CALL (fact) {
  MATCH (s:Source {fact: fact})
  WITH collect(s) AS old, collect(DISTINCT s.from) AS starts
  CALL (starts, fact) {
    UNWIND starts AS start
    MATCH (:Entity {id: start})-[r]->()
    WHERE r.id = fact
    DELETE r
  }
  FOREACH (s IN old | DELETE s)
}
