// `npm run export` of the whole graph: every node with its labels and properties, streamed to the client
// a page at a time. Its key (the element id) is only for the export's relationships to name their ends.
// Reads every node: a full scan by design.
MATCH (n)
RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS props
