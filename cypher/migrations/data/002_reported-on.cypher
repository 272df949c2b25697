// `reportedOn` (the day the press first reported a fact, which `asReportedOn` reads compare) on a graph
// written before the write path set it (cypher/store/reported-on, whose rules these are): every source
// gets its article's day, then every fact relation the earliest of its sources that are not retracted,
// or, with no sources at all (a derived MENTIONS edge), the day of the article it starts at. Batched,
// so a graph of a million facts is filled in bounded transactions.
MATCH (s:Source)-[:REPORTED_BY]->(a:Article)
CALL (s, a) {
  SET s.reportedOn = coalesce(a.date, date(datetime(a.publishedAt)))
} IN TRANSACTIONS OF 10000 ROWS;

MATCH (f:Entity)-[r]->(:Entity)
CALL (f, r) {
  OPTIONAL MATCH (s:Source {fact: r.id})
  WITH f, r, count(s) AS sources, min(CASE WHEN s.retractedAt IS NULL THEN s.reportedOn END) AS earliest
  SET r.reportedOn = CASE WHEN sources = 0 AND f:Article THEN coalesce(f.date, date(datetime(f.publishedAt))) ELSE earliest END
} IN TRANSACTIONS OF 10000 ROWS;
