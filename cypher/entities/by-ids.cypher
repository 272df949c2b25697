// Entities by id, for the per-request DataLoader. Article text is left out (see articles/text).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, n {.*, text: CASE WHEN n:Article THEN null ELSE n.text END} AS entity
