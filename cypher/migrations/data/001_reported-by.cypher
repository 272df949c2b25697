// A source names its article with a REPORTED_BY relationship, no longer with an `article` property:
// a database written before that (the seed graph or a generated one) gets one REPORTED_BY per source,
// from the property, which then goes. Batched, so a graph of half a million sources is moved in
// bounded transactions; a source whose article is missing keeps its property (the evidence audit
// reports it). Its index goes last: nothing reads sources by article property any more.
MATCH (s:Source)
WHERE s.article IS NOT NULL
CALL (s) {
  MATCH (a:Entity {id: s.article})
  WHERE a:Article
  MERGE (s)-[:REPORTED_BY]->(a)
  REMOVE s.article
} IN TRANSACTIONS OF 10000 ROWS;

DROP INDEX source_article IF EXISTS;
