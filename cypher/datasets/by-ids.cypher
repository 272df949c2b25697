// Datasets by id, for the per-request DataLoader (the id constraint's index).
UNWIND $ids AS id
MATCH (d:Dataset {id: id})
RETURN id, d {.*} AS dataset
