// One page of `facts` anchored at an end, articles or dates (by type alone: facts/page-of-type):
// relations matching every filter (AND), in $order strictly between the keyset cursors $afterKey and $beforeKey
// (/*ASC*/ marks the list order; the backward variant reads it in reverse). Candidates come from the
// one anchor the API chose ($anchorKind), each an index seek; only that anchor's UNWIND yields a row,
// so the other branches read nothing:
//   from      the `from` entity: an id seek and an expand;
//   to        the `to` targets (with includeParts, the bodies PART_OF it too): likewise, each;
//   articles  the sources REPORTED_BY $articles, each fact then found between its two ends;
//   dated     the sources dated within [$since, $until] (`:Source(date)`), likewise.
// Source filters ($articles, $since, $until) must hold on one and the same source, and those matching
// sources come along. A page sorts the anchored, filtered set (a top-k sort). The sort key starts with
// $order, so a cursor of another order is told apart. Same filters as facts/count.
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
// The sort key, as strings compared in order: undated facts last either way; DATE_DESC sorts on a
// complement of the date (9 digits for every year 1-9999) so that one ascending comparison serves.
WITH r, f, t, [
  $order,
  CASE $order
    WHEN 'NAME' THEN f.sortName
    WHEN 'DATE_ASC' THEN coalesce(toString(r.date), '~')
    WHEN 'DATE_DESC' THEN coalesce(toString(199999999 - (r.date.year * 10000 + r.date.month * 100 + r.date.day)), '~')
    ELSE ''
  END,
  CASE $order WHEN 'NAME' THEN type(r) ELSE '' END,
  CASE $order WHEN 'NAME' THEN t.sortName ELSE '' END,
  r.id
] AS key
WHERE key > $afterKey AND key < $beforeKey
WITH r, f, t, key ORDER BY key /*ASC*/ LIMIT $limit
RETURN {type: type(r), props: properties(r), from: f {.*}, to: t {.*}} AS relation, key,
       CASE WHEN $bySource THEN COLLECT {
         MATCH (s:Source {fact: r.id})-[:REPORTED_BY]->(a:Article)
         WHERE ($articles IS NULL OR a.id IN $articles)
           AND ($since IS NULL OR s.date >= date($since)) AND ($until IS NULL OR s.date <= date($until))
         RETURN s {.*, article: a.id} ORDER BY s.ordinal
       } END AS sources
ORDER BY key /*ASC*/
