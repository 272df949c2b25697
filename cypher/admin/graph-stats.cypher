// Size of the graph and the engine's version: for the `graph` query and for seeding an empty database.
// Every count comes from Neo4j's count store, not a scan.
CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relations }
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (s:Source) RETURN count(s) AS sources }
CALL dbms.components() YIELD name, versions, edition
WITH entities, relations, articles, sources, name, versions, edition
WHERE name = 'Neo4j Kernel'
RETURN entities, relations, articles, sources, versions[0] AS version, edition
