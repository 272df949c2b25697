// A logical restore's batch of nodes: labels (from the backup file, never a request) and properties as
// written, plus the restore's temporary mark with the node's backup key (restore-index).
UNWIND $rows AS row
CREATE (n:$(row.labels):KgRestoring {kgRestoreKey: row.key})
SET n += row.props
