// The facts earlier statements of these records (of one dataset) back: their dataset records name the fact,
// its kind or relation type and, for a relation, its ends. One DatasetRecord recordId index seek per record.
UNWIND $recordIds AS recordId
MATCH (d:DatasetRecord {recordId: recordId})
WHERE d.dataset = $dataset
RETURN DISTINCT recordId, d.fact AS fact, d.factType AS type, d.from AS from, d.to AS to
