// The bodies PART_OF an entity, up to 3 levels down (the police, as part of law enforcement, as part
// of the Hong Kong authorities), for `includeParts`; at most 200.
MATCH (target:Entity {id: $id})
OPTIONAL MATCH (part:Entity)-[:PART_OF]->{1,3}(target)
WITH target, collect(DISTINCT part.id)[0..200] AS parts
RETURN [target.id] + parts AS ids
