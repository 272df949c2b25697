// `npm run restore -- --force` and `npm run generate -- --reset`, second step: every node, now without relationships, deleted 10,000 per
// inner transaction (auto-commit only). Deleting everything is its job: a full scan by design.
MATCH (n)
CALL (n) {
  DELETE n
} IN TRANSACTIONS OF 10000 ROWS
