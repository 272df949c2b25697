// Which (article, entity) pairs have no MENTIONS edge yet (both ends by the id index), so a new citation
// adds the edges the seed loader would derive without replacing those mention linking wrote.
UNWIND $pairs AS pair
MATCH (a:Entity {id: pair.article})
MATCH (e:Entity {id: pair.entity})
WHERE NOT EXISTS { (a)-[:MENTIONS]->(e) }
RETURN pair.article AS article, pair.entity AS entity
