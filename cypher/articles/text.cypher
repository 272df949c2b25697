// Full article texts, fetched only when a client asks for `text`.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, a.text AS text
