// An entity reference as a user types it: an exact id (the id index), else a name or alias through its
// normalised key (the NameKey index; see nameKey in src/ontology.ts). A name beats an alias; ties are
// broken by id so the answer is stable. The entity itself comes along for the request's loader.
UNWIND $refs AS ref
OPTIONAL CALL (ref) {
  MATCH (n:Entity {id: ref.text})
  RETURN n, -1 AS rank
  UNION
  MATCH (:NameKey {key: ref.key})<-[k:KNOWN_AS]-(n:Entity)
  RETURN n, k.rank AS rank
}
WITH ref, n, rank ORDER BY rank, n.id
WITH ref, collect(n)[0] AS n
RETURN ref.text AS ref, n.id AS id, n {.*} AS entity
