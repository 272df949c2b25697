// Bookkeeping nodes, each found through its constraint's index:
// - the ledger of data migrations (cypher/migrations/data/): one node per migration applied to this
//   database, so each runs once however often the API starts;
// - the marker of a synthetic graph (cypher/synthetic/mark), which the generator reads and updates.
CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (m:Migration) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT synthetic_graph_key IF NOT EXISTS FOR (m:SyntheticGraph) REQUIRE m.key IS UNIQUE;
