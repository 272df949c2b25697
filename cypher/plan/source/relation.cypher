// The relation a source supports, when its fact is a relation: found between its two ends (id seeks), so
// the expand is bound at both ends and never reads all the relationships of a hub.
MATCH (:Entity {id: this.from})-[that]->(:Entity {id: this.to})
WHERE that.id = this.fact
