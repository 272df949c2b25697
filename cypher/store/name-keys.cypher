// The entities a batch of name keys names (mention linking, src/store/mentions.ts): one NameKey index
// seek per key, then its KNOWN_AS edges. Articles are left out (an article's title is no mention of
// it). Each row carries the entity's name and aliases, so the caller can tell which of them gave the
// key and check the text's capitalisation against them.
UNWIND $keys AS key
MATCH (:NameKey {key: key})<-[:KNOWN_AS]-(n:Entity)
WHERE NOT n:Article
RETURN key, n.id AS id, n.name AS name, n.aliases AS aliases
