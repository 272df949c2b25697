// Evidence records: by id and by the fact they support (an entity or relation id), so "what supports
// this fact" is one index seek; "what did article X say" walks the article's incoming REPORTED_BY.
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE INDEX source_fact IF NOT EXISTS FOR (s:Source) ON (s.fact);

// The timeline reads dated evidence in date order straight from this index.
CREATE INDEX source_date IF NOT EXISTS FOR (s:Source) ON (s.date);

// Name and alias resolution: one normalised key per name (see nameKey in src/ontology.ts).
CREATE CONSTRAINT name_key IF NOT EXISTS FOR (k:NameKey) REQUIRE k.key IS UNIQUE;

// Entity pages in name order, by keyset: the index yields entities in (sortName) or (kind, sortName)
// order, so a page reads only its own rows instead of sorting the whole label.
CREATE INDEX entity_sort_name IF NOT EXISTS FOR (n:Entity) ON (n.sortName);
CREATE INDEX entity_kind_sort_name IF NOT EXISTS FOR (n:Entity) ON (n.kind, n.sortName);

// Article listings read articles in date order.
CREATE INDEX article_date IF NOT EXISTS FOR (a:Article) ON (a.date);
