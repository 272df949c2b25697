// The article a source quotes: one hop along its REPORTED_BY edge.
MATCH (this)-[:REPORTED_BY]->(that:Article)
