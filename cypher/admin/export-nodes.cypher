// Logical backup (`npm run backup`): every node with its labels and properties, streamed to the client
// in pulls of a page each. Its key is only for the backup's relationships to name their ends. Reads every
// node: a full scan by design.
MATCH (n)
RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS props
