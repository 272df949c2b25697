// Entities holding any of these identifiers ("scheme:id"): one Identifier index seek per key.
UNWIND $keys AS key
MATCH (:Identifier {key: key})<-[:IDENTIFIED_BY]-(n:Entity)
RETURN key, n.id AS id, n.kind AS kind
