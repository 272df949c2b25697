// The graph's data version (cypher/store/bump-version, cypher/store/graph-version): one node, found
// through this constraint's index, so the writer's MERGE and the API's read are each one index seek.
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.id IS UNIQUE;
