// Q3, raw floor: one page of entities of a kind in name order, read in order from the (kind, sortName)
// index (as cypher/entities/page-of-kind means to), each with its sources and its sourced owners (at most
// 200), each owner's OWNS relation with its sources: one statement instead of the API's four. $limit is the
// page size plus one, as in the API, to tell whether another page follows.
// `n.kind` leads the ORDER BY so that it matches the index's own order: then the planner reads the index in
// order and stops after $limit rows (PartialTop, ~100 db hits). Ordered by (sortName, id) alone it reads
// every entity of the kind and sorts them (Top over 100,000 rows at 100k companies).
MATCH (n:Entity)
WHERE n.kind = $kind AND n.sortName >= $afterName
  AND (n.sortName > $afterName OR n.id > $afterId)
WITH n ORDER BY n.kind, n.sortName, n.id
LIMIT $limit
CALL (n) {
  MATCH (s:Source {fact: n.id})-[:REPORTED_BY]->(a:Article)
  WITH s, a ORDER BY s.ordinal
  RETURN collect({excerpt: s.excerpt, article: a {.id, .title}}) AS sources
}
CALL (n) {
  MATCH (n)<-[r:OWNS]-(o)
  WHERE r.support IN $supports
  WITH r, o ORDER BY coalesce(r.date, date('9999-12-31')), o.id
  LIMIT 200
  CALL (r) {
    MATCH (s:Source {fact: r.id})-[:REPORTED_BY]->(a:Article)
    WITH s, a ORDER BY s.ordinal
    RETURN collect({excerpt: s.excerpt, article: a {.id, .title}}) AS sources
  }
  RETURN collect({id: r.id, from: o {.id, .name}, sources: sources}) AS owners
}
RETURN n {.id, .name} AS company, sources, owners
