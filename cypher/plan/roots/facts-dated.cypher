// `facts` anchored at the sources dated within [$since, $until] (the `:Source(date)` index), each fact
// then found between its two ends.
MATCH (s:Source)
WHERE s.date >= coalesce(date($since), date('0001-01-01')) AND s.date <= coalesce(date($until), date('9999-12-31'))
  AND s.from IS NOT NULL
WITH DISTINCT s.fact AS fact, s.from AS startId, s.to AS endId
MATCH (:Entity {id: startId})-[that]->(:Entity {id: endId})
WHERE that.id = fact
