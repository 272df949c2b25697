// How many relations of type REL_TYPE (one query per type, replaced when loaded) match the support and
// topic filters of `facts`, counted up to $countLimit from the type's `id` index.
MATCH ()-[r:REL_TYPE]->()
WHERE r.id > '' AND r.support IN $supports AND ($topic IS NULL OR r.topic = $topic)
WITH r LIMIT $countLimit
RETURN count(r) AS total
