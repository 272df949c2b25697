// `npm run export` of the whole graph: every relationship with its type, properties and the keys of its
// ends (as export/nodes names them), streamed like the nodes. Reads every relationship: a full scan by design.
MATCH (a)-[r]->(b)
RETURN elementId(r) AS key, type(r) AS type, elementId(a) AS start, elementId(b) AS end, properties(r) AS props
