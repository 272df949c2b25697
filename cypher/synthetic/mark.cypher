// The marker of the synthetic graph in this database (not an :Entity, so no query of the API sees it):
// which generator run wrote it and whether that run completed, so a second run can reuse the graph.
MERGE (m:SyntheticGraph {key: 'synthetic'})
SET m += $props
