// `nodes`: entities by id, in the order asked, one row each (`that` null for an id no entity has).
UNWIND $ids AS id
OPTIONAL MATCH (that:Entity {id: id})
