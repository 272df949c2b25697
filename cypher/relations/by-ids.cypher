// Relations by id, each found from its start node (a source names it): an id seek and one anchored expand.
UNWIND $refs AS ref
MATCH (f:Entity {id: ref.from})-[r]->(t:Entity)
WHERE r.id = ref.id
RETURN ref.id AS id, {type: type(r), props: properties(r), from: f {.*}, to: t {.*}} AS relation
