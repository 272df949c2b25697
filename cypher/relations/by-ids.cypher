// Relations by id, each found between its two ends (a source names all three): two id seeks and an
// expand bound at both ends, so a hub's other relationships are never read.
UNWIND $refs AS ref
MATCH (f:Entity {id: ref.from})-[r]->(t:Entity {id: ref.to})
WHERE r.id = ref.id
RETURN ref.id AS id, {id: r.id, type: type(r), props: properties(r), from: f {.*}, to: t {.*}} AS relation
