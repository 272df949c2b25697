// mergeEntities: every relation of `$merge` moves to `$keep` (recreated with the same type and
// properties; `$(type)` is a type already in the graph), its sources follow (their from/to name the
// new end), its own sources become `$keep`'s, its names become aliases of `$keep`, ids merged into it
// before now resolve to `$keep`, and `$merge` leaves a MergedId behind. A relation between the two
// would become a loop on `$keep`: it is deleted with its sources and listed in `dropped`.
MATCH (k:Entity {id: $keep})
MATCH (m:Entity {id: $merge})
CALL (k, m) {
  MATCH (m)-[r]-(other:Entity)
  WITH k, m, r, other, startNode(r) = m AS outgoing
  WHERE other <> k
  CALL (k, r, other, outgoing) {
    WITH k, r, other, outgoing WHERE outgoing
    CREATE (k)-[n:$(type(r))]->(other)
    SET n = properties(r)
    RETURN n
    UNION
    WITH k, r, other, outgoing WHERE NOT outgoing
    CREATE (other)-[n:$(type(r))]->(k)
    SET n = properties(r)
    RETURN n
  }
  WITH r, n
  CALL (n) {
    MATCH (s:Source {fact: n.id})
    SET s.from = CASE s.from WHEN $merge THEN $keep ELSE s.from END,
        s.to = CASE s.to WHEN $merge THEN $keep ELSE s.to END
  }
  DELETE r
  RETURN count(*) AS moved
}
CALL (k, m) {
  OPTIONAL MATCH (m)-[r]-(k)
  WHERE r.id IS NOT NULL
  CALL (r) {
    MATCH (s:Source {fact: r.id})
    DETACH DELETE s
  }
  WITH r WHERE r IS NOT NULL
  WITH collect(r.id) AS dropped, collect(r) AS loops
  FOREACH (r IN loops | DELETE r)
  RETURN dropped
}
CALL (k, m) {
  MATCH (s:Source {fact: m.id})
  SET s.fact = k.id
}
CALL (k, m) {
  MATCH (m)-[known:KNOWN_AS]->(key:NameKey)
  WHERE NOT EXISTS { (k)-[:KNOWN_AS]->(key) }
  CREATE (k)-[:KNOWN_AS {rank: 1}]->(key)
}
CALL (k, m) {
  MATCH (old:MergedId)-[x:MERGED_INTO]->(m)
  DELETE x
  CREATE (old)-[:MERGED_INTO]->(k)
}
WITH k, m, moved, dropped, [a IN [m.name] + coalesce(m.aliases, []) WHERE a <> k.name AND NOT a IN coalesce(k.aliases, [])] AS gained
SET k.aliases = coalesce(k.aliases, []) + gained,
    k.version = coalesce(k.version, 1) + 1
SET k.aliasText = reduce(text = '', a IN k.aliases | text + CASE text WHEN '' THEN '' ELSE ' | ' END + a)
CREATE (:MergedId {id: m.id, mergedAt: $at, mergedBy: $actor})-[:MERGED_INTO]->(k)
WITH k, m, moved, dropped, gained
DETACH DELETE m
RETURN moved, dropped, gained, k.version AS version
