// A changed fact's dataset records are replaced, and a changed relation backed only by dataset records is
// found from them (they name both its ends, as sources do) and deleted, to be created again. Run after
// store/delete-facts, so a relation that also had sources is gone already.
UNWIND $facts AS fact
CALL (fact) {
  MATCH (d:DatasetRecord {fact: fact})
  WITH collect(d) AS old, collect(DISTINCT {from: d.from, to: d.to}) AS ends
  CALL (ends, fact) {
    UNWIND ends AS end
    MATCH (:Entity {id: end.from})-[r]->(:Entity {id: end.to})
    WHERE r.id = fact
    DELETE r
  }
  FOREACH (d IN old | DETACH DELETE d)
}
