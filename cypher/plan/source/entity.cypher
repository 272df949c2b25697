// The entity a source supports, when its fact is an entity (an id seek).
MATCH (that:Entity {id: this.fact})
WHERE this.from IS NULL
