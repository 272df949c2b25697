// How many articles mention each of many entities (`mentionedIn` totalCount), counted as the pages
// list them: dated articles only (an article without a date has no place in a newest-first list).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, COUNT { (e)<-[:MENTIONS]-(a:Article) WHERE a.date IS NOT NULL } AS total
