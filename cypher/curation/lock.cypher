// First statement of every mutation: takes the write lock of the graph's version node (the SET and
// REMOVE leave it as it was), so mutations run one after another. Two editors sending the same
// `expectedVersion` are then ordered: the second reads the version the first wrote and gets a conflict.
MERGE (v:GraphVersion {id: 'graph'})
SET v.locked = true
REMOVE v.locked
RETURN coalesce(v.version, 0) AS version
