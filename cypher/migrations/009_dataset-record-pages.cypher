// A dataset's records in id order (`Dataset.records` pages read this index in order).
CREATE INDEX dataset_record_page IF NOT EXISTS FOR (r:DatasetRecord) ON (r.dataset, r.id);
// A dataset's latest publication date (`Dataset.publicationDate`): one seek, read from the end.
CREATE INDEX dataset_record_published IF NOT EXISTS FOR (r:DatasetRecord) ON (r.dataset, r.publicationDate);
