// The relations of type REL_TYPE `facts` counts when anchored by type alone (one UNION ALL branch per
// type), read from the type's `id` index.
MATCH (:Entity)-[that:REL_TYPE]->(:Entity)
WHERE that.id > '' AND that.support IN $supports AND VISIBLE_FACT(that) AND ($topic IS NULL OR that.topic = $topic)
RETURN that
