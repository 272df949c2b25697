// Size of the graph and the engine's version: for the `graph` query and for seeding an empty database.
CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relations }
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL dbms.components() YIELD name, versions, edition
WITH entities, relations, articles, name, versions, edition
WHERE name = 'Neo4j Kernel'
RETURN entities, relations, articles, versions[0] AS version, edition
