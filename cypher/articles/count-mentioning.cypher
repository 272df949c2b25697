// How many articles mention each of many entities (`mentionedIn` totalCount): the degree of each
// entity's incoming MENTIONS edges (only articles mention), read from the node's degree count.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, COUNT { (e)<-[:MENTIONS]-() } AS total
