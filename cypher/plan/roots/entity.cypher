// `entity` and `node`: one entity by id (the id index); `that` is null when no entity has it.
OPTIONAL MATCH (that:Entity {id: $id})
