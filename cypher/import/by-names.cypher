// Entities whose name or alias normalises to any of these keys (src/ontology.ts nameKey): one NameKey
// index seek per key. `rank` 0 is the entity's name, 1 an alias; the importer merges only on a name of
// the same kind and reports the rest as candidates.
UNWIND $keys AS key
MATCH (:NameKey {key: key})<-[k:KNOWN_AS]-(n:Entity)
WHERE NOT n:Article
RETURN key, n.id AS id, n.kind AS kind, n.name AS name, k.rank AS rank
