// Every fact of the given types that touches $id, of the allowed support levels, with the topic of the
// far end when it is an event or statement, so the API can group alternative claims side by side.
MATCH (e:Entity {id: $id})-[r]-(o:Entity)
WHERE type(r) IN $types AND r.support IN $supports
WITH r, o, startNode(r) AS f, endNode(r) AS t ORDER BY type(r), r.id
LIMIT $limit
RETURN {type: type(r), props: properties(r), from: f {.*}, to: t {.*}} AS relation, o.topic AS otherTopic
