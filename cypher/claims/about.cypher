// Every fact that touches $id (provenance edges aside), with the topic of the far end when it is an
// event or statement, so the API can group alternative claims side by side.
MATCH (e:Entity {id: $id})-[r]-(o:Entity)
WHERE NOT type(r) IN ['MENTIONS', 'REPORTED_BY']
WITH r, o, startNode(r) AS f, endNode(r) AS t ORDER BY type(r), r.id
LIMIT $limit
RETURN {type: type(r), props: properties(r), articles: [aid IN coalesce(r.sourceArticles, []) | COLLECT { MATCH (src:Article {id: aid}) OPTIONAL MATCH (src)-[:PUBLISHED_BY]->(o:Outlet) RETURN src {.*, text: null, outlet: o {.*}} }[0]], from: f {.*, text: CASE WHEN f:Article THEN null ELSE f.text END}, to: t {.*, text: CASE WHEN t:Article THEN null ELSE t.text END}} AS relation, o.topic AS otherTopic
