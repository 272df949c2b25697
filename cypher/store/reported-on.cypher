// `reportedOn` of changed facts and their sources: a source's is its article's day (the article's
// `date`, else the day of its `publishedAt`); a relation's the earliest of its sources that are not
// retracted, or, for one with no sources at all (a derived MENTIONS edge), the day of the article it
// starts at. $reported: {id, from, to} (from and to null for a fact that is an entity: only its sources).
// Sources are found by `fact` (index), a relation between its two ends, as store/delete-facts does.
UNWIND $reported AS fact
CALL (fact) {
  MATCH (s:Source {fact: fact.id})-[:REPORTED_BY]->(a:Article)
  SET s.reportedOn = coalesce(a.date, date(datetime(a.publishedAt)))
}
CALL (fact) {
  WITH fact WHERE fact.from IS NOT NULL
  MATCH (f:Entity {id: fact.from})-[r]->(:Entity {id: fact.to})
  WHERE r.id = fact.id
  OPTIONAL MATCH (s:Source {fact: fact.id})
  WITH f, r, count(s) AS sources, min(CASE WHEN s.retractedAt IS NULL THEN s.reportedOn END) AS earliest
  SET r.reportedOn = CASE WHEN sources = 0 AND f:Article THEN coalesce(f.date, date(datetime(f.publishedAt))) ELSE earliest END
}
