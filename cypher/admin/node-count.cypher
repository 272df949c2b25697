// Whether a database is empty before a restore writes into it; from Neo4j's count store, not a scan.
MATCH (n)
RETURN count(n) AS nodes
