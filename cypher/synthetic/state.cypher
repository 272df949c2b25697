// What the database holds before the generator writes: its node count (from the count store) and the
// marker of a synthetic graph written earlier, if any (its identity, and whether it was completed).
CALL () { MATCH (n) RETURN count(n) AS nodes }
OPTIONAL MATCH (m:SyntheticGraph {key: 'synthetic'})
RETURN nodes, m {.*} AS marker
