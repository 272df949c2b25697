// Waits (up to 300 s) until every index is online: a restore's lookups must not run before its index is.
CALL db.awaitIndexes(300)
