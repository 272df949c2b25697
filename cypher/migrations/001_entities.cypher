// Every node of the graph carries :Entity and a stable, human-readable id (`company:whatsapp`).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

// Kind filters (search, neighbourhood, connections) and name lookups.
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);

// Timeline and article listings filter and order by date.
CREATE INDEX entity_date IF NOT EXISTS FOR (n:Entity) ON (n.date);

// Full-text search over names and aliases. `aliasText` is the aliases joined by " | ": full-text
// indexes take string properties, and one string keeps every alias searchable.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };
