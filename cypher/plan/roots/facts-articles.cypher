// `facts` anchored at the sources of `articles` (an article, or those an outlet published): each
// article's incoming REPORTED_BY edges, each fact then found between its two ends.
UNWIND articles AS article
MATCH (:Entity {id: article})<-[:REPORTED_BY]-(s:Source)
WHERE s.from IS NOT NULL
WITH DISTINCT s.fact AS fact, s.from AS startId, s.to AS endId
MATCH (:Entity {id: startId})-[that]->(:Entity {id: endId})
WHERE that.id = fact
