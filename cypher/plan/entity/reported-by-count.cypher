// How many distinct articles reported a fact.
MATCH (:Source {fact: this.id})-[:REPORTED_BY]->(that:Article)
WITH DISTINCT that
