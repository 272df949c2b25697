// What an article says: its sources along its incoming REPORTED_BY edges, in text order, at most $limit;
// derived PUBLISHED_BY evidence left out.
MATCH (this)<-[:REPORTED_BY]-(that:Source)
WHERE that.factType <> 'PUBLISHED_BY'
WITH that ORDER BY that.start, that.fact
LIMIT $limit
