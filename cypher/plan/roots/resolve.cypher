// An entity reference as a user types it: an exact id (the id index), an id merged into another entity
// (the MergedId constraint's index), an identifier "scheme:id" held by exactly one entity (the
// Identifier key's constraint index; one several entities share resolves to none of them here, and
// `lookup` names them: cypher/plan/roots/identified), else a name or alias through its normalised key
// (the NameKey index); a name beats an alias, ties by id.
// `that` is null when nothing matches, or when no reference was given ($text null).
OPTIONAL CALL () {
  CALL () {
    MATCH (n:Entity {id: $text})
    RETURN n, -3 AS rank
    UNION
    MATCH (:MergedId {id: $text})-[:MERGED_INTO]->(n:Entity)
    RETURN n, -2 AS rank
    UNION
    MATCH (:Identifier {key: $text})<-[:IDENTIFIED_BY]-(held:Entity)
    WITH collect(held) AS holders
    WHERE size(holders) = 1
    UNWIND holders AS n
    RETURN n, -1 AS rank
    UNION
    MATCH (:NameKey {key: $key})<-[k:KNOWN_AS]-(n:Entity)
    RETURN n, k.rank AS rank
  }
  WITH n ORDER BY rank, n.id
  LIMIT 1
  RETURN n AS that
}
