// What the database holds before the generator writes: its entity count (from the count store; the
// migration ledger and other bookkeeping nodes are not graph content) and the marker of a synthetic
// graph written earlier, if any (its identity, and whether it was completed).
CALL () { MATCH (n:Entity) RETURN count(n) AS nodes }
OPTIONAL MATCH (m:SyntheticGraph {key: 'synthetic'})
RETURN nodes, m {.*} AS marker
