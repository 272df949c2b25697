// Every fact that touches $id (provenance edges aside), with the topic of the far end when it is an
// event or statement, so the API can group alternative claims side by side.
MATCH (e:Entity {id: $id})-[r]-(o:Entity)
WHERE NOT type(r) IN ['MENTIONS', 'REPORTED_BY']
WITH r, o, startNode(r) AS f, endNode(r) AS t ORDER BY type(r), r.id
LIMIT $limit
RETURN {type: type(r), props: properties(r), from: f {.id, .kind, .name, .aliases, .description, .date}, to: t {.id, .kind, .name, .aliases, .description, .date}} AS relation, o.topic AS otherTopic
