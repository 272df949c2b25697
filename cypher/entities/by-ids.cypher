// Entities by id, for the per-request DataLoader (article texts are stored apart).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, n {.*} AS entity
