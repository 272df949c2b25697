// Facts of one type from one entity to another (both ends by the id index), for `assertFact` to find the
// fact it restates. `$(type)` is a relation type from the ontology's allow-list.
MATCH (:Entity {id: $from})-[r:$($type)]->(:Entity {id: $to})
RETURN r.id AS id, r.retractedAt IS NOT NULL AS retracted
ORDER BY retracted, id
