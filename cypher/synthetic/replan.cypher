// Forgets cached query plans, so the write path's next statements are planned against the graph as it
// is now: a plan made while the database was nearly empty can scan an index where a seek is needed
// (see generator/load.ts). The generator calls this each time the graph has doubled.
CALL db.clearQueryCaches() YIELD value
RETURN value
