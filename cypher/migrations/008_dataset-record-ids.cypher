// An import finds what earlier statements of the same record (BODS `recordId`) wrote, to replace or close it
// (src/import/history.ts): one index seek per recordId.
CREATE INDEX dataset_record_record_id IF NOT EXISTS FOR (r:DatasetRecord) ON (r.recordId);
