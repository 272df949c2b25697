// How many dated articles mention an entity (what its `mentionedIn` pages list).
MATCH (this)<-[:MENTIONS]-(that:Article)
WHERE that.date IS NOT NULL
