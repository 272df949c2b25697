// The graph's data version: every write transaction of writeRecords that changed something bumps it as
// its last statement, so the new version commits with the data, or not at all. The API keys its
// response cache on it (src/server/response-cache.ts). `changedAt` tells a graph that was wiped and
// loaded again (its version restarts at 1) from the one before.
MERGE (v:GraphVersion {id: 'graph'})
SET v.version = coalesce(v.version, 0) + 1, v.changedAt = datetime()
RETURN v.version AS version
