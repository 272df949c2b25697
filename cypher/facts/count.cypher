// How many facts match the `facts` filters, counted up to $countLimit: the same anchors and filters as
// facts/page (see there), without the order. A count that reaches $countLimit is reported as capped.
CALL () {
  UNWIND CASE WHEN $anchorKind = 'from' THEN [$from] ELSE [] END AS start
  MATCH (:Entity {id: start})-[r]->()
  RETURN r
  UNION
  UNWIND CASE WHEN $anchorKind = 'to' THEN $targets ELSE [] END AS target
  MATCH ()-[r]->(:Entity {id: target})
  RETURN r
  UNION
  UNWIND CASE WHEN $anchorKind = 'articles' THEN $articles ELSE [] END AS article
  MATCH (:Entity {id: article})<-[:REPORTED_BY]-(s:Source)
  WHERE s.from IS NOT NULL
  WITH DISTINCT s.fact AS fact, s.from AS from, s.to AS to
  MATCH (:Entity {id: from})-[r]->(:Entity {id: to})
  WHERE r.id = fact
  RETURN r
  UNION
  UNWIND CASE WHEN $anchorKind = 'dated' THEN [coalesce(date($since), date('0001-01-01'))] ELSE [] END AS since
  MATCH (s:Source)
  WHERE s.date >= since AND s.date <= coalesce(date($until), date('9999-12-31')) AND s.from IS NOT NULL
  WITH DISTINCT s.fact AS fact, s.from AS from, s.to AS to
  MATCH (:Entity {id: from})-[r]->(:Entity {id: to})
  WHERE r.id = fact
  RETURN r
}
WITH r, startNode(r) AS f, endNode(r) AS t
WHERE type(r) IN $types AND r.support IN $supports AND ($topic IS NULL OR r.topic = $topic)
  AND ($from IS NULL OR f.id = $from) AND ($targets IS NULL OR t.id IN $targets)
  AND (NOT $bySource OR EXISTS {
    MATCH (s:Source {fact: r.id})-[:REPORTED_BY]->(a:Article)
    WHERE ($articles IS NULL OR a.id IN $articles)
      AND ($since IS NULL OR s.date >= date($since)) AND ($until IS NULL OR s.date <= date($until))
  })
WITH r LIMIT $countLimit
RETURN count(r) AS total
