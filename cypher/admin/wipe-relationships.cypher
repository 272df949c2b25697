// `npm run restore -- --force` and `npm run generate -- --reset`, first of two steps: every relationship deleted, 10,000 per inner transaction
// (auto-commit only), so no transaction holds a hub node's thousands of relationships at once (a DETACH
// DELETE of 10,000 nodes exceeded the 512 MiB transaction memory on the 100k-company graph). Deleting
// everything is its job: a full scan by design.
MATCH ()-[r]->()
CALL (r) {
  DELETE r
} IN TRANSACTIONS OF 10000 ROWS
