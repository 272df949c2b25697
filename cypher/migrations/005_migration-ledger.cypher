// The ledger of data migrations (cypher/migrations/data/): one node per migration applied to this
// database, found through this constraint's index, so each runs once however often the API starts.
CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (m:Migration) REQUIRE m.id IS UNIQUE;
