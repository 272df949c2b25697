// The graph's data version (see store/bump-version); no row's values are null when nothing was written
// through writeRecords yet (or the graph was wiped).
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN v.version AS version, v.changedAt AS changedAt
