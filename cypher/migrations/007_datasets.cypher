// Evidence from datasets (src/import/): a (:DatasetRecord) backs one fact as an (:Source) does, found by
// its fact id through an index, and is PUBLISHED_IN one (:Dataset). Identifiers (scheme + id) resolve to
// entities through (:Identifier {key}) nodes, one index seek per key, as names do through NameKey.
CREATE CONSTRAINT dataset_id IF NOT EXISTS FOR (d:Dataset) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT dataset_record_id IF NOT EXISTS FOR (r:DatasetRecord) REQUIRE r.id IS UNIQUE;
CREATE INDEX dataset_record_fact IF NOT EXISTS FOR (r:DatasetRecord) ON (r.fact);
CREATE CONSTRAINT identifier_key IF NOT EXISTS FOR (i:Identifier) REQUIRE i.key IS UNIQUE;
// A dataset's records in id order (`Dataset.records` pages read this index in order).
CREATE INDEX dataset_record_page IF NOT EXISTS FOR (r:DatasetRecord) ON (r.dataset, r.id);
// A dataset's latest publication date (`Dataset.publicationDate`): one seek, read from the end.
CREATE INDEX dataset_record_published IF NOT EXISTS FOR (r:DatasetRecord) ON (r.dataset, r.publicationDate);
